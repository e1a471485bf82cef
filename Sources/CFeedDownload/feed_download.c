#include "feed_download.h"

#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct {
  int output;
  int64_t received;
  int64_t limit;
  int too_large;
  int write_failed;
  time_t deadline;
  int total_timeout;
} transfer;

static size_t write_body(char *data, size_t size, size_t count, void *user) {
  transfer *state = user;
  size_t length = size * count;
  if (state->received + (int64_t)length > state->limit) {
    state->too_large = 1;
    return 0;
  }
  size_t done = 0;
  while (done < length) {
    ssize_t written = write(state->output, data + done, length - done);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      state->write_failed = 1;
      return 0;
    }
    done += (size_t)written;
  }
  state->received += (int64_t)length;
  return length;
}

static int progress(void *user, curl_off_t total_down, curl_off_t now_down, curl_off_t total_up, curl_off_t now_up) {
  (void)total_up;
  (void)now_up;
  transfer *state = user;
  if (total_down > state->limit || now_down > state->limit) {
    state->too_large = 1;
    return 1;
  }
  if (time(NULL) >= state->deadline) {
    state->total_timeout = 1;
    return 1;
  }
  return 0;
}

vorleser_download_result vorleser_download(const char *url, const vorleser_download_limits *limits, int output,
                                           long *status, char *reason, size_t reason_size) {
  *status = 0;
  if (reason_size > 0) reason[0] = 0;
  CURL *curl = curl_easy_init();
  if (curl == NULL) {
    snprintf(reason, reason_size, "libcurl cannot start");
    return VORLESER_DOWNLOAD_OTHER;
  }
  transfer state = {output, 0, limits->size_limit, 0, 0, time(NULL) + limits->total_seconds, 0};
  char error[CURL_ERROR_SIZE] = "";
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, (long)limits->redirect_limit);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)limits->size_limit);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, (long)limits->idle_seconds);
  // The total limit is the progress callback's to enforce (to tell it from idleness); this is a backstop.
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)limits->total_seconds + 5);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, (long)limits->idle_seconds);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_body);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &state);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &state);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "Vorleser (feed reader)");
  struct curl_slist *headers = curl_slist_append(
      NULL, "Accept: application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8");
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  CURLcode code = curl_easy_perform(curl);
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, status);
  if (code == CURLE_UNSUPPORTED_PROTOCOL && *status >= 300 && *status < 400) {
    // A redirect to another scheme; libcurl names it in quotes: Protocol "file" not supported …
    const char *open = strchr(error, '"');
    const char *close = open ? strchr(open + 1, '"') : NULL;
    snprintf(reason, reason_size, "%.*s", close ? (int)(close - open - 1) : 0, close ? open + 1 : "");
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return VORLESER_DOWNLOAD_SCHEME;
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);

  if (state.too_large || code == CURLE_FILESIZE_EXCEEDED) return VORLESER_DOWNLOAD_TOO_LARGE;
  if (state.write_failed) return VORLESER_DOWNLOAD_WRITE_FAILED;
  if (state.total_timeout) return VORLESER_DOWNLOAD_TOTAL_TIMEOUT;
  switch (code) {
  case CURLE_OK:
    return (*status >= 200 && *status < 300) ? VORLESER_DOWNLOAD_OK : VORLESER_DOWNLOAD_HTTP_STATUS;
  case CURLE_OPERATION_TIMEDOUT:
    return VORLESER_DOWNLOAD_IDLE_TIMEOUT;
  case CURLE_TOO_MANY_REDIRECTS:
    return VORLESER_DOWNLOAD_REDIRECTS;
  default:
    snprintf(reason, reason_size, "%s", error[0] ? error : curl_easy_strerror(code));
    return VORLESER_DOWNLOAD_OTHER;
  }
}
