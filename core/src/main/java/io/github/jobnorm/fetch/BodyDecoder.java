package io.github.jobnorm.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * Turns body bytes into text with the charset the page declares, in the order browsers trust:
 * a byte-order mark, then the {@code Content-Type} header, then a {@code <meta>} charset near the
 * start of an HTML page, else UTF-8 (what JSON must be, and what most of the web is).
 */
final class BodyDecoder {
  /** Browsers look for the meta charset in the first 1024 bytes; some pages put it later. */
  private static final int META_SCAN_BYTES = 4096;

  /** Bounded quantifiers only: this runs on server bytes. */
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\s[^>]{0,512}?charset\\s{0,8}=\\s{0,8}[\"']?\\s{0,8}([A-Za-z0-9_.:-]{1,40})",
          Pattern.CASE_INSENSITIVE);

  private BodyDecoder() {}

  /** Decoded text and the charset used. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] bytes, MediaType type) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
    }
    Charset declared = type == null ? null : lookup(type.parameter("charset"));
    if (declared == null && looksLikeHtml(bytes, type)) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = lookup(m.group(1));
      }
    }
    Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
    return new Decoded(new String(bytes, charset), charset);
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean looksLikeHtml(byte[] bytes, MediaType type) {
    if (type != null) {
      return type.subtype().toLowerCase(Locale.ROOT).contains("html");
    }
    for (byte b : bytes) {
      if (!Character.isWhitespace(b)) {
        return b == '<';
      }
    }
    return false;
  }

  /** The charset of a name; null for a missing, unknown or malformed name. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
