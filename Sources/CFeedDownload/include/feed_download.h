#ifndef VORLESER_FEED_DOWNLOAD_H
#define VORLESER_FEED_DOWNLOAD_H

#include <stddef.h>
#include <stdint.h>

/// The limits of one download.
typedef struct {
  int32_t idle_seconds;    ///< give up after this long without data
  int32_t total_seconds;   ///< give up after this long in all
  int64_t size_limit;      ///< give up above this many bytes, as received after decompression
  int32_t redirect_limit;  ///< follow at most this many redirects
} vorleser_download_limits;

/// How a download ended.
typedef enum {
  VORLESER_DOWNLOAD_OK = 0,
  VORLESER_DOWNLOAD_HTTP_STATUS,   ///< the server answered with a status that is not 2xx (in `*status`)
  VORLESER_DOWNLOAD_TOO_LARGE,     ///< above the size limit, announced or received
  VORLESER_DOWNLOAD_IDLE_TIMEOUT,  ///< no data for `idle_seconds`
  VORLESER_DOWNLOAD_TOTAL_TIMEOUT, ///< longer than `total_seconds` in all
  VORLESER_DOWNLOAD_REDIRECTS,     ///< more redirects than allowed (or a loop)
  VORLESER_DOWNLOAD_SCHEME,        ///< a redirect to a scheme other than http(s), named in `reason`
  VORLESER_DOWNLOAD_WRITE_FAILED,  ///< the output could not be written
  VORLESER_DOWNLOAD_OTHER,         ///< anything else; `reason` says what (libcurl's words)
} vorleser_download_result;

/// Downloads `url` (http or https only, also after redirects) through libcurl, writing the body to the
/// file descriptor `output` as it arrives and stopping at once at every limit, so that memory stays flat
/// whatever the server sends (a gzip bomb, an endless body, a trickle). `*status` gets the HTTP status,
/// `reason` a NUL-terminated message for VORLESER_DOWNLOAD_OTHER. libcurl's option setter is variadic,
/// which Swift cannot call: this shim holds the calls.
vorleser_download_result vorleser_download(const char *url, const vorleser_download_limits *limits, int output,
                                           long *status, char *reason, size_t reason_size);

#endif
