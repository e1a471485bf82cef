import ArgumentParser
import Vorleser

/// The podcast feed's channel settings, which a directory such as Apple Podcasts needs.
struct PodcastOptions: ParsableArguments {
  @Option(help: "The podcast's title (default: the feed's).")
  var podcastTitle: String?

  @Option(help: "The podcast's description (default: the feed's).")
  var podcastDescription: String?

  @Option(help: "The podcast's language code (default: the feed's, else de).")
  var language: String?

  @Option(help: "The cover image's address (JPEG or PNG, 1400–3000 px square).")
  var image: String?

  @Option(help: "The podcast's author (default: its title).")
  var podcastAuthor: String?

  @Option(help: "The owner's name, for directories.")
  var ownerName: String?

  @Option(help: "The owner's e-mail address (Apple requires it).")
  var ownerEmail: String?

  @Option(help: "The Apple Podcasts category (default News).")
  var category: String?

  @Option(help: "The Apple Podcasts subcategory, e.g. \"Daily News\".")
  var subcategory: String?

  @Flag(help: "Mark the episodes explicit.")
  var explicit = false

  @Option(help: "The copyright line.")
  var copyright: String?

  /// The settings given on the command line.
  var channel: PodcastChannel {
    var channel = PodcastChannel()
    channel.title = podcastTitle
    channel.description = podcastDescription
    channel.language = language
    channel.image = image
    channel.author = podcastAuthor
    channel.ownerName = ownerName
    channel.ownerEmail = ownerEmail
    channel.category = category
    channel.subcategory = subcategory
    channel.explicit = explicit ? true : nil
    channel.copyright = copyright
    return channel
  }
}
