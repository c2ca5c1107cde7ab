package io.github.jobnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobnorm.ParseFailure.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobNormTest {
  private static final String POSTING = """
      Title: Barista
      Company: Café Zoë
      Location: Zürich, Switzerland

      # Responsibilities
      - Make coffee for our customers.
      """;

  @TempDir Path dir;

  private static ParseResult bytes(byte[] b) {
    return JobNorm.parse(new ByteArrayInputStream(b),
        ParseOptions.builder().inputName("in.txt").build());
  }

  private static void assertFails(ParseResult r, Reason reason, String message) {
    assertThat(r.isSuccess()).isFalse();
    assertThat(r.postings()).isEmpty();
    assertThat(r.failure().reason()).isEqualTo(reason);
    assertThat(r.failure().message()).isEqualTo(message);
  }

  @Test
  void parsesTextFileAndStreamAlike() throws Exception {
    Path file = dir.resolve("p.txt");
    Files.writeString(file, POSTING);
    ParseResult fromText = JobNorm.parse(POSTING);
    ParseResult fromFile = JobNorm.parse(file);
    ParseResult fromStream = bytes(POSTING.getBytes(StandardCharsets.UTF_8));
    assertThat(fromText.posting().title()).isEqualTo("Barista");
    assertThat(fromText.posting().company().name()).isEqualTo("Café Zoë");
    assertThat(fromFile.posting()).isEqualTo(fromText.posting());
    assertThat(fromStream.posting()).isEqualTo(fromText.posting());
    assertThat(fromText.posting().id()).startsWith("sha256:").hasSize(23);
  }

  @Test
  void emptyAndBlankInputs() {
    assertFails(bytes(new byte[0]), Reason.EMPTY_INPUT, "input is empty");
    assertFails(bytes(" \n\t\n".getBytes(StandardCharsets.UTF_8)), Reason.EMPTY_INPUT,
        "input holds only white space");
    assertFails(JobNorm.parse(""), Reason.EMPTY_INPUT, "input is empty");
  }

  @Test
  void binaryInputs() {
    assertFails(bytes(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'}), Reason.BINARY_INPUT,
        "input is binary (PDF), not a text, HTML or JSON posting");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    junk[0] = 1;
    assertFails(bytes(junk), Reason.BINARY_INPUT,
        "input is binary (control bytes), not a text, HTML or JSON posting");
  }

  @Test
  void tooLargeInputStopsAtTheLimit() {
    byte[] big = new byte[2048];
    java.util.Arrays.fill(big, (byte) 'a');
    ParseResult r = JobNorm.parse(new ByteArrayInputStream(big),
        ParseOptions.builder().inputName("big.txt").maxBytes(1024).build());
    assertFails(r, Reason.TOO_LARGE,
        "input is larger than the limit of 1024 bytes; raise it with maxBytes");
    assertThat(r.failure().input()).isEqualTo("big.txt");
  }

  @Test
  void missingFileAndDirectory() {
    Path missing = dir.resolve("nope.txt");
    ParseResult r = JobNorm.parse(missing);
    assertFails(r, Reason.UNREADABLE, "no such file");
    assertThat(r.failure()).hasToString(missing + ": no such file");
    assertFails(JobNorm.parse(dir), Reason.UNREADABLE, "is a directory, not a posting file");
  }

  @Test
  void textThatIsNoPostingNamesTheParsersTried() {
    ParseResult r = JobNorm.parse("just a note to self");
    assertThat(r.failure().reason()).isEqualTo(Reason.NOT_A_POSTING);
    assertThat(r.failure().message()).isEqualTo("no job posting found (tried text: text has no"
        + " posting header lines and does not read like a job posting)");
    assertThat(r.failure().tried()).containsExactly("text");
    assertThatThrownBy(r::posting).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("NOT_A_POSTING");
  }

  @Test
  void decodesUtf16WithAndWithoutBomAndLegacyBytes() {
    String expected = "Café Zoë";
    byte[] le = POSTING.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    assertThat(bytes(withBom).posting().company().name()).isEqualTo(expected);
    assertThat(bytes(le).posting().company().name()).isEqualTo(expected);
    assertThat(bytes(POSTING.getBytes(StandardCharsets.UTF_16BE)).posting().company().name())
        .isEqualTo(expected);
    ParseResult legacy = bytes(POSTING.getBytes(Charset.forName("windows-1252")));
    assertThat(legacy.posting().company().name()).isEqualTo(expected);
    assertThat(legacy.posting().warnings())
        .contains("input is not valid UTF-8; decoded as windows-1252");
    byte[] utf8Bom = ("\uFEFF" + POSTING).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes(utf8Bom).posting().title()).isEqualTo("Barista");
  }

  @Test
  void forcingAnUnknownParserNamesTheKnownOnes() {
    ParseResult r = JobNorm.parse(POSTING, ParseOptions.builder().parser("nope").build());
    assertThat(r.failure().reason()).isEqualTo(Reason.NOT_A_POSTING);
    assertThat(r.failure().message()).startsWith("no parser named 'nope'; known: [")
        .contains("text");
  }

  @Test
  void optionsRejectABadCountryHint() {
    assertThatThrownBy(() -> ParseOptions.builder().countryHint("USA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("countryHint is not an ISO 3166-1 alpha-2 code: USA");
  }
}
