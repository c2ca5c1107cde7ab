package io.github.jobnorm.cli;

import java.nio.file.Path;

/**
 * One input named on the command line, after expanding directories and globs: a file, standard
 * input, a URL, or an argument that gave nothing (an empty directory, a glob that matched
 * nothing), which is reported as a failure.
 *
 * @param name the name in messages: the path as given or found, {@code <stdin>}, the URL
 * @param file the file, or null
 * @param kind which of the four it is
 * @param problem why an argument gave nothing, or null
 */
record Input(String name, Path file, Kind kind, String problem) {
  enum Kind { FILE, STDIN, URL, NOTHING }

  static Input file(Path file) {
    return new Input(file.toString(), file, Kind.FILE, null);
  }

  static Input stdin() {
    return new Input("<stdin>", null, Kind.STDIN, null);
  }

  static Input url(String url) {
    return new Input(url, null, Kind.URL, null);
  }

  static Input nothing(String arg, String problem) {
    return new Input(arg, null, Kind.NOTHING, problem);
  }
}
