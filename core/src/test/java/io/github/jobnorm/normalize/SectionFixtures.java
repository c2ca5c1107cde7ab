package io.github.jobnorm.normalize;

import io.github.jobnorm.fixtures.FixtureCase;
import io.github.jobnorm.fixtures.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the section splitter's test inputs: files of {@code src/test/resources/.../normalize/sections/},
 * and cases of the fixtures jar, which are not copied here.
 */
final class SectionFixtures {
  private SectionFixtures() {}

  /**
   * An input by name: {@code source/case.ext} is a case of the fixtures jar ({@code
   * linkedin/eaton-supply-chain-analyst.html}), any other name a file of {@code sections/}.
   */
  static String input(String name) {
    int slash = name.indexOf('/');
    if (slash < 0) {
      return read(name);
    }
    String file = name.substring(slash + 1);
    int dot = file.lastIndexOf('.');
    FixtureCase c = Fixtures.get(name.substring(0, slash), file.substring(0, dot));
    if (!c.extension().equals(file.substring(dot + 1))) {
      throw new IllegalArgumentException("fixture " + c + " is not " + name);
    }
    return c.text();
  }

  /** The expected file of an input: {@code linkedin/x.html} has {@code linkedin-x.expected.json}. */
  static String expected(String name) {
    return read(name.replace('/', '-').replaceFirst("\\.[a-z]+$", ".expected.json"));
  }

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
