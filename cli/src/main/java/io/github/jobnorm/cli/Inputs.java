package io.github.jobnorm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Expands command-line arguments into inputs: {@code -} is standard input, {@code http(s)://}
 * a URL, a directory every file under it (recursively, hidden files and folders skipped, sorted
 * by path for a stable order), an argument with {@code * ? [ {} that is not a file a glob
 * (matched below its folder part, e.g. {@code data/**}{@code /*.csv}), anything else a file.
 */
final class Inputs {
  private Inputs() {}

  /** The inputs of the arguments, in argument order; {@code exclude} (the output) is skipped. */
  static List<Input> expand(List<String> args, Path exclude) {
    Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
    List<Input> out = new ArrayList<>();
    for (String arg : args) {
      String lower = arg.toLowerCase(Locale.ROOT);
      if (arg.equals("-")) {
        out.add(Input.stdin());
      } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
        out.add(Input.url(arg));
      } else if (Files.isDirectory(Path.of(arg))) {
        add(out, () -> walk(Path.of(arg), null), arg, "no files in this directory", skip);
      } else if (isGlob(arg) && !Files.exists(Path.of(".").resolve(safe(arg)))) {
        add(out, () -> glob(arg), arg, "no file matches this pattern", skip);
      } else {
        out.add(Input.file(Path.of(arg)));
      }
    }
    return out;
  }

  private static void add(
      List<Input> out, Supplier<List<Path>> list, String arg, String none, Path skip) {
    List<Path> files;
    try {
      files = list.get();
    } catch (UncheckedIOException e) {
      out.add(Input.nothing(arg, "cannot list files: " + e.getCause().getMessage()));
      return;
    }
    int before = out.size();
    for (Path f : files) {
      if (skip == null || !f.toAbsolutePath().normalize().equals(skip)) {
        out.add(Input.file(f));
      }
    }
    if (out.size() == before) {
      out.add(Input.nothing(arg, none));
    }
  }

  static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** A glob can hold characters no path may ({@code *} on Windows): check it as text. */
  private static String safe(String arg) {
    return arg.replaceAll("[*?\\[\\]{}]", "_");
  }

  private static List<Path> glob(String pattern) {
    String norm = pattern.replace('\\', '/');
    String[] parts = norm.split("/", -1);
    int i = 0;
    StringBuilder base = new StringBuilder();
    while (i < parts.length - 1 && !isGlob(parts[i])) {
      base.append(parts[i]).append('/');
      i++;
    }
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length));
    Path dir = base.length() == 0 ? Path.of("") : Path.of(base.toString());
    if (!Files.isDirectory(dir.toString().isEmpty() ? Path.of(".") : dir)) {
      return List.of();
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    PathMatcher top = rest.startsWith("**/")
        ? FileSystems.getDefault().getPathMatcher("glob:" + rest.substring(3)) : null;
    return walk(dir, rel -> matcher.matches(rel) || (top != null && top.matches(rel)));
  }

  private static List<Path> walk(Path dir, PathMatcher filter) {
    Path root = dir.toString().isEmpty() ? Path.of(".") : dir;
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !hidden(root.relativize(f)))
          .filter(f -> filter == null || filter.matches(root.relativize(f)))
          .map(f -> dir.toString().isEmpty() ? root.relativize(f) : f)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
