package io.github.jobnorm.internal;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.ParseFailure.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns input bytes into text, refusing what is not text: reads at most the size limit, honours
 * a byte-order mark or an HTML meta charset, falls back to windows-1252 for bytes that are not
 * UTF-8, and recognizes binary files by their magic numbers and control characters.
 */
public final class InputDecoder {
  private static final int SNIFF = 8192;
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private InputDecoder() {}

  /** Decoded text, with a note when the charset was guessed. */
  public record Decoded(String text, String warning) {}

  /** The failure a decode ended in. */
  public static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ParseFailure failure;

    DecodeException(ParseFailure failure) {
      super(failure.message());
      this.failure = failure;
    }

    /** The typed failure. */
    public ParseFailure failure() {
      return failure;
    }
  }

  /** Reads the stream up to {@code maxBytes} and decodes it. */
  public static Decoded decode(InputStream in, String name, long maxBytes)
      throws DecodeException {
    byte[] bytes;
    try {
      bytes = readAtMost(in, maxBytes);
    } catch (IOException e) {
      throw new DecodeException(ParseFailure.of(Reason.UNREADABLE, name,
          "cannot read input: " + e.getMessage()));
    }
    if (bytes == null) {
      throw new DecodeException(ParseFailure.of(Reason.TOO_LARGE, name,
          "input is larger than the limit of " + maxBytes + " bytes; raise it with maxBytes"));
    }
    return decode(bytes, name);
  }

  /** Decodes bytes already in memory. */
  public static Decoded decode(byte[] bytes, String name) throws DecodeException {
    if (bytes.length == 0) {
      throw new DecodeException(ParseFailure.of(Reason.EMPTY_INPUT, name, "input is empty"));
    }
    Decoded decoded = text(bytes, name);
    if (decoded.text().isBlank()) {
      throw new DecodeException(ParseFailure.of(Reason.EMPTY_INPUT, name,
          "input holds only white space"));
    }
    return decoded;
  }

  private static Decoded text(byte[] b, String name) throws DecodeException {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(lenient(b, 3, StandardCharsets.UTF_8), null);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Decoded(lenient(b, 2, StandardCharsets.UTF_16BE), null);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Decoded(lenient(b, 2, StandardCharsets.UTF_16LE), null);
    }
    String magic = binaryKind(b);
    if (magic != null) {
      throw new DecodeException(ParseFailure.of(Reason.BINARY_INPUT, name,
          "input is binary (" + magic + "), not a text, HTML or JSON posting"));
    }
    Charset utf16 = utf16WithoutBom(b);
    if (utf16 != null) {
      return new Decoded(lenient(b, 0, utf16), null);
    }
    if (controlRatio(b) > 0.05) {
      throw new DecodeException(ParseFailure.of(Reason.BINARY_INPUT, name,
          "input is binary (control bytes), not a text, HTML or JSON posting"));
    }
    Charset declared = declaredCharset(b);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(lenient(b, 0, declared), null);
    }
    try {
      return new Decoded(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString(), null);
    } catch (CharacterCodingException e) {
      return new Decoded(lenient(b, 0, CP1252),
          "input is not valid UTF-8; decoded as windows-1252");
    }
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static String lenient(byte[] b, int offset, Charset cs) {
    return new String(b, offset, b.length - offset, cs);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP archive or office document";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "executable";
    }
    return null;
  }

  /** UTF-16 without a BOM shows as NUL in every other byte of ASCII text. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, SNIFF) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      evenNul += b[i] == 0 ? 1 : 0;
      oddNul += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddNul > pairs * 0.7 && evenNul < pairs * 0.1) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul > pairs * 0.7 && oddNul < pairs * 0.1) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static double controlRatio(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return n == 0 ? 0 : (double) control / n;
  }

  /** The charset an HTML document declares in its first bytes, if supported. */
  private static Charset declaredCharset(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int at = head.indexOf("charset=");
    if (at < 0 || head.indexOf('<') < 0) {
      return null;
    }
    int start = at + 8;
    while (start < head.length() && (head.charAt(start) == '"' || head.charAt(start) == '\'')) {
      start++;
    }
    int end = start;
    while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end))
        || head.charAt(end) == '-' || head.charAt(end) == '_')) {
      end++;
    }
    try {
      return end > start ? Charset.forName(head.substring(start, end)) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
