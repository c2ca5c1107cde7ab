package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Groups blocks into sections: a heading starts one, and so does a notice paragraph (EEO, how to
 * apply, pay) inside a section of another kind. Kinds come from the heading phrase, else from the
 * content; list sections whose items lost their markers get them back from the glued text.
 */
final class SectionAssembler {
  /** Kinds whose content is a list: their paragraphs may be glued items. */
  static final Set<SectionKind> LIST_KINDS =
      EnumSet.of(
          SectionKind.RESPONSIBILITIES,
          SectionKind.QUALIFICATIONS,
          SectionKind.PREFERRED_QUALIFICATIONS,
          SectionKind.BENEFITS);
  /** A glued "item" longer than this is prose, and its section stays prose. */
  private static final int MAX_ITEM_CHARS = 400;
  /** Items cut from glued text may be long: a wrapped sentence lost its cut. */
  private static final int MAX_GLUED_ITEM_CHARS = 1000;
  /** Lines this short, one per paragraph, are a list that lost its markers. */
  private static final int SHORT_ITEM_CHARS = 200;

  private final HeadingPhrases phrases;
  private final ContentCues cues;
  private final PlainText plain;

  SectionAssembler(HeadingPhrases phrases, ContentCues cues, PlainText plain) {
    this.phrases = phrases;
    this.cues = cues;
    this.plain = plain;
  }

  /** A section being built. */
  private static final class Draft {
    final String heading;
    final SectionKind headingKind;
    final SectionKind forced;
    SectionKind firstNotice;
    final List<Block> parts = new ArrayList<>();

    Draft(String heading, SectionKind headingKind, SectionKind forced) {
      this.heading = heading;
      this.headingKind = headingKind;
      this.forced = forced;
    }

    SectionKind kindSoFar() {
      return headingKind != null ? headingKind : forced != null ? forced : firstNotice;
    }
  }

  List<Section> assemble(List<Block> blocks) {
    List<Section> sections = new ArrayList<>();
    Draft cur = new Draft(null, null, null);
    for (Block b : blocks) {
      switch (b.type()) {
        case HEADING -> {
          finish(cur, sections);
          cur = new Draft(b.text(), phrases.classify(b.text()), null);
        }
        case PARAGRAPH -> {
          SectionKind notice = cues.noticeKind(b.text());
          if (notice != null && startsNew(cur, notice)) {
            finish(cur, sections);
            cur = new Draft(null, null, notice);
          }
          if (cur.parts.isEmpty()) {
            cur.firstNotice = notice;
          }
          cur.parts.add(b);
        }
        case ITEM -> cur.parts.add(b);
      }
    }
    finish(cur, sections);
    return sections;
  }

  private static boolean startsNew(Draft cur, SectionKind notice) {
    if (cur.parts.isEmpty()) {
      return false;
    }
    SectionKind k = cur.kindSoFar();
    // pay inside a benefits or compensation section belongs there
    return k != notice && !(notice == SectionKind.PAY && k == SectionKind.BENEFITS);
  }

  private void finish(Draft d, List<Section> out) {
    if (d.heading == null && d.parts.isEmpty()) {
      return;
    }
    List<Block> parts = d.parts;
    SectionKind kind = d.headingKind != null ? d.headingKind : d.forced;
    List<Block> listed = hasItems(parts) ? null : asList(parts, kind);
    if (kind == null) {
      List<String> items = listed == null ? itemTexts(parts) : itemTexts(listed);
      kind = cues.kindOfItems(items);
      if (kind == null) {
        kind = d.firstNotice != null ? d.firstNotice : SectionKind.OTHER;
      }
    }
    if (LIST_KINDS.contains(kind) && listed != null) {
      parts = listed;
    }
    out.add(new Section(d.heading, kind, plain.body(parts), itemTexts(parts)));
  }

  /**
   * The paragraphs of a section without list markers as items, or null when they are prose: items
   * glued together or one per short line; a single short line under a list heading; or sentences
   * that clearly read as items of the section's kind.
   */
  private List<Block> asList(List<Block> parts, SectionKind kind) {
    if (parts.isEmpty() || (kind != null && !LIST_KINDS.contains(kind))) {
      return null;
    }
    List<Block> glued = glueSplit(parts);
    if (glued != null) {
      return glued;
    }
    if (kind != null && parts.size() == 1 && parts.get(0).text().length() <= SHORT_ITEM_CHARS) {
      return List.of(Block.item(Bullets.strip(parts.get(0).text())));
    }
    List<String> sentences = new ArrayList<>();
    for (Block p : parts) {
      for (String s : FusedItems.sentences(p.text())) {
        if (s.length() > MAX_ITEM_CHARS) {
          return null;
        }
        sentences.add(s);
      }
    }
    SectionKind read = sentences.size() >= 2 ? cues.kindOfItems(sentences) : null;
    boolean fits = read != null && (kind == null || read == kind
        || (kind == SectionKind.PREFERRED_QUALIFICATIONS && read == SectionKind.QUALIFICATIONS));
    return fits ? sentences.stream().map(Block::item).toList() : null;
  }

  /** The paragraphs as items when together they split into two or more short glued items, else null. */
  private static List<Block> glueSplit(List<Block> parts) {
    List<Block> items = new ArrayList<>();
    int longest = 0;
    for (Block p : parts) {
      for (String piece : FusedItems.split(p.text())) {
        longest = Math.max(longest, piece.length());
        items.add(Block.item(piece));
      }
    }
    // either the text really was glued, or it is a run of short lines that read like a list
    boolean glued = items.size() > parts.size();
    boolean ok = glued ? longest <= MAX_GLUED_ITEM_CHARS : longest <= SHORT_ITEM_CHARS;
    return items.size() >= 2 && ok ? items : null;
  }

  private static boolean hasItems(List<Block> parts) {
    for (Block b : parts) {
      if (b.type() == Block.Type.ITEM) {
        return true;
      }
    }
    return false;
  }

  private static List<String> itemTexts(List<Block> parts) {
    List<String> items = new ArrayList<>();
    for (Block b : parts) {
      if (b.type() == Block.Type.ITEM) {
        items.add(b.text());
      }
    }
    return items;
  }
}
