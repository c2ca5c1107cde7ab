package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Section;
import java.util.List;

/**
 * Writes sections as the contract's plain-text description: paragraphs separated by a blank line,
 * list items on their own lines starting with {@code "- "}, headings on a line of their own written
 * so that reading the text again finds the same headings.
 */
final class PlainText {
  private final HeadingLines headingLines;

  PlainText(HeadingLines headingLines) {
    this.headingLines = headingLines;
  }

  /** A section's body: its paragraphs and items. */
  String body(List<Block> parts) {
    StringBuilder out = new StringBuilder();
    Block.Type prev = null;
    for (Block b : parts) {
      if (prev != null) {
        out.append(prev == Block.Type.ITEM && b.type() == Block.Type.ITEM ? "\n" : "\n\n");
      }
      if (b.type() == Block.Type.ITEM) {
        out.append("- ");
      }
      out.append(b.text());
      prev = b.type();
    }
    return out.toString();
  }

  /** The whole description: each section's heading line, then its body. */
  String description(List<Section> sections) {
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      if (s.heading() != null) {
        separate(out);
        out.append(headingLines.render(s.heading()));
      }
      if (!s.text().isEmpty()) {
        separate(out);
        out.append(s.text());
      }
    }
    return out.toString();
  }

  private static void separate(StringBuilder out) {
    if (out.length() > 0) {
      out.append("\n\n");
    }
  }
}
