package io.github.jobnorm.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the section splitter's test inputs from {@code src/test/resources/.../normalize/sections/}. */
final class SectionFixtures {
  private SectionFixtures() {}

  static String read(String name) {
    try (InputStream in = SectionFixtures.class.getResourceAsStream("sections/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no such fixture: sections/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
