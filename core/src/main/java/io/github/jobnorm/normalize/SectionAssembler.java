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
  private static final int MAX_ITEM_CHARS = 600;
  /** Under a list heading, sentences are items when at least this share reads as such. */
  private static final double MIN_SENTENCE_SHARE = 0.5;
  /** Items cut from glued text may be long: a wrapped sentence lost its cut. */
  private static final int MAX_GLUED_ITEM_CHARS = 1000;
  /** Fewest words of each piece when a marked item is cut into glued items. */
  private static final int MIN_GLUED_PIECE_WORDS = 3;
  /** Lines this short, one per paragraph, are a list that lost its markers. */
  private static final int SHORT_ITEM_CHARS = 200;
  /** Items under a heading that names no list are this short ("Microsoft Suite", "Paid time off"). */
  private static final int UNKNOWN_ITEM_CHARS = 150;

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
    /** The list kind of the heading this unknown one is a sub-heading of, or null. */
    SectionKind parentKind;
    /** Whether that heading names duties and requirements both: the items choose between them. */
    boolean parentNamesBoth;
    /** Whether the parent is the heading right before (else an earlier sub-heading is). */
    boolean firstChild;
    SectionKind firstNotice;
    final List<Block> parts = new ArrayList<>();

    Draft(String heading, SectionKind headingKind, SectionKind forced) {
      this.heading = heading;
      this.headingKind = headingKind;
      this.forced = forced;
    }

    /**
     * The kind the heading names, or the notice that opened the section. "Additional Information"
     * (OTHER) names no kind: its content may.
     */
    SectionKind namedKind() {
      return headingKind != null && headingKind != SectionKind.OTHER ? headingKind : forced;
    }

    /**
     * The list kind a sub-heading takes from its parent: the first sub-heading of an empty list
     * heading always ("Key Requirements and Responsibilities:" then "At CNY Fab" and its
     * duties), a later one only when it heads marked items, as its first sibling did. An empty
     * one takes none: an Indeed "Education:" then "Bachelor's (Required)" is a value that looks
     * like a heading, not a list.
     */
    SectionKind inherited() {
      return parentKind != null && !parts.isEmpty() && (firstChild || hasItems(parts)) ? parentKind : null;
    }

    /** The named kind, else the kind of a notice the section starts with. */
    SectionKind kindSoFar() {
      SectionKind named = namedKind();
      return named != null ? named : firstNotice;
    }
  }

  /**
   * The kind a heading names: by its phrases, else a lead-in that states duties ("The Business
   * Office Manager will be responsible for, but not limited to", "RESPONSIBLE FOR") heads them.
   */
  private SectionKind headingKind(String heading) {
    SectionKind named = phrases.classify(heading);
    return named == null && cues.isDutyStatement(heading) ? SectionKind.RESPONSIBILITIES : named;
  }

  List<Section> assemble(List<Block> blocks) {
    List<Section> sections = new ArrayList<>();
    Draft cur = new Draft(null, null, null);
    for (Block b : blocks) {
      switch (b.type()) {
        case HEADING -> {
          finish(cur, sections);
          Draft parent = cur;
          cur = new Draft(b.text(), headingKind(b.text()), null);
          if (cur.headingKind == null) {
            subHeading(parent, cur);
          }
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

  /** Gives an unknown heading the kind of the empty list heading it follows, or of its sibling. */
  private void subHeading(Draft before, Draft sub) {
    SectionKind beforeKind = before.headingKind;
    if (before.heading != null && before.parts.isEmpty() && beforeKind != null && LIST_KINDS.contains(beforeKind)) {
      sub.parentKind = beforeKind;
      sub.firstChild = true;
      sub.parentNamesBoth = phrases.names(before.heading, SectionKind.RESPONSIBILITIES)
          && phrases.names(before.heading, SectionKind.QUALIFICATIONS);
    } else if (before.inherited() != null) {
      sub.parentKind = before.parentKind;
      sub.parentNamesBoth = before.parentNamesBoth;
    }
  }

  /**
   * Between duties and requirements, the one more of the items read as; null on a tie, as a
   * mixed list read as either would give wrong entries.
   */
  private SectionKind majority(List<String> items) {
    double duties = cues.share(items, SectionKind.RESPONSIBILITIES);
    double requirements = cues.share(items, SectionKind.QUALIFICATIONS);
    if (duties > requirements) {
      return SectionKind.RESPONSIBILITIES;
    }
    return requirements > duties ? SectionKind.QUALIFICATIONS : null;
  }

  private static boolean startsNew(Draft cur, SectionKind notice) {
    return !cur.parts.isEmpty() && breaks(cur.kindSoFar(), notice);
  }

  /** Whether a notice paragraph ends a section of the kind so far and starts its own. */
  private static boolean breaks(SectionKind soFar, SectionKind notice) {
    // pay inside a benefits or compensation section belongs there
    return notice != soFar && !(notice == SectionKind.PAY && soFar == SectionKind.BENEFITS);
  }

  private void finish(Draft d, List<Section> out) {
    if (d.heading == null && d.parts.isEmpty()) {
      return;
    }
    List<Block> parts = d.parts;
    SectionKind kind = d.namedKind();
    // text before the first heading is never turned into a list: nothing names it one
    boolean headless = d.heading == null && d.forced == null;
    List<Block> listed;
    if (hasItems(parts)) {
      listed = splitGluedItems(parts);
      if (kind != null && LIST_KINDS.contains(kind)) {
        listed = splitGluedParagraphs(listed);
      }
    } else {
      listed = headless ? null : asList(parts, kind);
      // items made from sentences may hold glued items too; cut them now, as a second reading will
      listed = listed == null ? null : splitGluedItems(listed);
    }
    List<String> partItems = itemTexts(parts);
    List<String> items = listed == null ? partItems : itemTexts(listed);
    if (kind != null && LIST_KINDS.contains(kind) && !phrases.isKnown(d.heading == null ? "" : d.heading)) {
      // "Human Resources and Benefits" over a list of duties: the content names the kind
      SectionKind read = cues.kindOfItems(items);
      // but a heading naming duties or requirements is not overruled by perk words among them:
      // "The main responsibilities are" over items that mention training and flexibility
      boolean perksOverDuties = read == SectionKind.BENEFITS && kind != SectionKind.BENEFITS;
      if (read != null && family(read) != family(kind) && !perksOverDuties) {
        kind = read;
      }
    }
    if (kind == null) {
      kind = cues.kindOfItems(items);
      if (kind == null && d.headingKind == null && d.inherited() != null) {
        // "Responsibilities:" then "Client Service" and its duties: the sub-heading names no kind,
        // nor do its items clearly; under a heading naming both ("Key Requirements and
        // Responsibilities") the items still choose, and a tie names none
        kind = d.parentNamesBoth ? majority(items) : d.parentKind;
      }
      if (kind == null) {
        kind = d.firstNotice != null ? d.firstNotice : SectionKind.OTHER;
      }
    }
    if (!LIST_KINDS.contains(kind) || listed == null) {
      out.add(new Section(d.heading, kind, plain.body(parts), partItems));
      return;
    }
    // Prose cut out of a glued list is a paragraph now: a notice among it starts its own section,
    // exactly as it will when the plain-text description is split again.
    SectionKind soFar = d.namedKind();
    if (soFar == null && listed.get(0).type() == Block.Type.PARAGRAPH) {
      soFar = cues.noticeKind(listed.get(0).text());
    }
    String heading = d.heading;
    SectionKind groupKind = kind;
    List<Block> group = new ArrayList<>();
    for (Block b : listed) {
      SectionKind notice = b.type() == Block.Type.PARAGRAPH ? cues.noticeKind(b.text()) : null;
      if (notice != null && !group.isEmpty() && breaks(soFar, notice)) {
        out.add(new Section(heading, groupKind, plain.body(group), itemTexts(group)));
        heading = null;
        groupKind = notice;
        soFar = notice;
        group = new ArrayList<>();
      }
      group.add(b);
    }
    out.add(new Section(heading, groupKind, plain.body(group), itemTexts(group)));
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
    if (glued != null && (kind != null || looksLikeList(glued))) {
      return glued;
    }
    if (kind != null && parts.size() == 1 && parts.get(0).text().length() <= SHORT_ITEM_CHARS) {
      return List.of(Block.item(Bullets.strip(parts.get(0).text())));
    }
    List<String> sentences = new ArrayList<>();
    for (Block p : parts) {
      for (String sentence : FusedItems.sentences(p.text())) {
        if (kind == SectionKind.RESPONSIBILITIES) {
          // "...minimum delay Determine manpower...": duties run together with spaces only
          sentences.addAll(FusedItems.splitBefore(sentence, cues::isDuty));
        } else if (kind == SectionKind.QUALIFICATIONS || kind == SectionKind.PREFERRED_QUALIFICATIONS) {
          sentences.addAll(FusedItems.splitBefore(sentence, cues::opensRequirement));
        } else {
          sentences.add(sentence);
        }
      }
    }
    if (sentences.size() < 2 || sentences.stream().anyMatch(x -> x.length() > MAX_ITEM_CHARS)) {
      return null;
    }
    boolean fits = kind == null
        ? cues.kindOfItems(sentences) != null
        : cues.share(sentences, kind) >= MIN_SENTENCE_SHARE;
    return fits ? sentences.stream().map(Block::item).toList() : null;
  }

  /**
   * The paragraphs as items when together they split into two or more glued items, or are a run of
   * short lines; else null. A glued piece too long to be an item (prose after the list) stays a
   * paragraph.
   */
  private static List<Block> glueSplit(List<Block> parts) {
    List<String> pieces = new ArrayList<>();
    for (Block p : parts) {
      pieces.addAll(FusedItems.split(p.text()));
    }
    if (pieces.size() > parts.size()) {
      List<Block> out = new ArrayList<>();
      int items = 0;
      for (String piece : pieces) {
        boolean item = piece.length() <= MAX_GLUED_ITEM_CHARS;
        items += item ? 1 : 0;
        out.add(item ? Block.item(piece) : Block.paragraph(piece));
      }
      return items >= 2 ? out : null;
    }
    boolean allShort = pieces.stream().allMatch(x -> x.length() <= SHORT_ITEM_CHARS);
    return pieces.size() >= 2 && allShort ? pieces.stream().map(Block::item).toList() : null;
  }

  /** Marked items that hold several glued items ("- Operate loaders...and more- Safely..."), cut apart. */
  private static List<Block> splitGluedItems(List<Block> parts) {
    List<Block> out = new ArrayList<>(parts.size());
    for (Block b : parts) {
      if (b.type() != Block.Type.ITEM) {
        out.add(b);
        continue;
      }
      List<String> pieces = FusedItems.split(b.text());
      // A marked item is an item already: cut it only when every piece reads as an item of its own,
      // so that "CI/CD, gitOps, monorepo" or "iOS and macOS apps" stay whole.
      if (pieces.size() >= 2 && pieces.stream().anyMatch(x -> HeadingLines.words(x) < MIN_GLUED_PIECE_WORDS)) {
        out.add(b);
        continue;
      }
      for (String piece : pieces) {
        out.add(Block.item(piece));
      }
    }
    return out;
  }

  /**
   * Paragraphs among the items of a list section that are items glued together, cut into them:
   * "Qualifications:Great communication skillsSelf-starter... Experience: · 2+ years · Bachelor's"
   * loses its newlines before the bullets too, and its glued part is as much a list as when no
   * bullet follows it.
   */
  private static List<Block> splitGluedParagraphs(List<Block> parts) {
    List<Block> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Block b = parts.get(i);
      boolean leadIn = b.type() == Block.Type.PARAGRAPH && i + 1 < parts.size()
          && parts.get(i + 1).type() == Block.Type.ITEM;
      List<Block> glued = leadIn ? glueSplit(List.of(b)) : null;
      if (glued == null) {
        out.add(b);
      } else {
        out.addAll(glued);
      }
    }
    return out;
  }

  /** Under an unknown heading, only short pieces, three or more, are taken for a list. */
  private static boolean looksLikeList(List<Block> pieces) {
    return pieces.size() >= 3
        && pieces.stream().allMatch(b -> b.type() == Block.Type.ITEM && b.text().length() <= UNKNOWN_ITEM_CHARS);
  }

  private static SectionKind family(SectionKind k) {
    return k == SectionKind.PREFERRED_QUALIFICATIONS ? SectionKind.QUALIFICATIONS : k;
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
