package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Qualifications;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import io.github.jobnorm.source.DescriptionFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.Jsoup;

/**
 * Splits a description, HTML or text, into headed sections and pulls out responsibilities,
 * qualifications and benefits.
 *
 * <pre>{@code
 * SplitResult r = SectionSplitter.split("# Responsibilities\n- Build things", DescriptionFormat.TEXT);
 * // r.responsibilities(): ["Build things"]
 * }</pre>
 *
 * <p>Responsibilities are the items of responsibilities sections; qualifications the items of
 * qualification sections, preferred when the heading says so or the item is worded as optional
 * ("is a plus", "is desirable"), required otherwise; benefits the items of benefit sections.
 * A duties or requirements section written as prose gives one entry per sentence; a posting
 * that lists no duties gets the sentences of its role summary that state them ("The Estimator
 * will be responsible for ...", "You will design ..."), and the duty items of a list under its
 * role summary ("Your Role:", "What the role involves"). Nothing is reworded.
 */
public final class SectionSplitter {
  private static final HeadingPhrases PHRASES = HeadingPhrases.get();
  private static final ContentCues CUES = ContentCues.get();
  private static final HeadingLines HEADING_LINES = new HeadingLines(PHRASES);
  private static final PlainText PLAIN = new PlainText(HEADING_LINES);
  private static final ProseItems PROSE = new ProseItems(CUES);

  private SectionSplitter() {}

  /** The description split into the contract's parts. Never throws; linear in its length. */
  public static SplitResult split(String description, DescriptionFormat format) {
    return split(description, format, SectionSplitter::sections);
  }

  /** As {@link #split(String, DescriptionFormat)}, with the sectioning step given: tests fail it. */
  static SplitResult split(
      String description,
      DescriptionFormat format,
      BiFunction<String, DescriptionFormat, List<Section>> sectioning) {
    if (description == null || description.isBlank()) {
      return new SplitResult(List.of(), List.of(), null, List.of(), "", List.of());
    }
    List<Section> sections;
    List<String> warnings = new ArrayList<>();
    try {
      sections = sectioning.apply(description, format);
    } catch (RuntimeException | StackOverflowError e) {
      // a splitter bug or absurd nesting must not cost the caller the posting: keep the text whole
      String text = TextClean.clean(wholeText(description, format)).strip();
      sections = List.of(new Section(null, SectionKind.OTHER, text, List.of()));
      warnings.add("description could not be split into sections (" + e.getClass().getSimpleName() + ")");
    }
    return result(sections, warnings);
  }

  private static List<Section> sections(String description, DescriptionFormat format) {
    List<Line> lines =
        format == DescriptionFormat.HTML ? HtmlLines.read(description) : TextLines.read(description);
    List<Block> blocks = new BlockReader(PHRASES, HEADING_LINES).read(lines);
    return new SectionAssembler(PHRASES, CUES, PLAIN).assemble(blocks);
  }

  /**
   * Sections where a list whose heading was lost ends up: the role summary, untitled or unknown
   * sections, and the notices and company blurb a lost heading's list runs on in.
   */
  private static final Set<SectionKind> LOST_LIST_KINDS = EnumSet.of(
      SectionKind.ABOUT_ROLE, SectionKind.OTHER, SectionKind.PAY, SectionKind.HOW_TO_APPLY,
      SectionKind.ABOUT_COMPANY);

  private static void addQualification(String item, List<String> required, List<String> preferred) {
    String[] parts = CUES.splitRequiredAndOptional(item);
    if (parts != null) {
      required.add(parts[0]);
      preferred.add(parts[1]);
    } else {
      (CUES.isPreferred(item) ? preferred : required).add(item);
    }
  }

  /** The list items of a requirements section, or the requirement sentences of its prose. */
  private static List<String> requirements(Section s) {
    return s.items().isEmpty() ? PROSE.requirements(s.text()) : s.items();
  }

  /** The text of the description: of HTML, what the page shows, without the tags. */
  private static String wholeText(String description, DescriptionFormat format) {
    if (format != DescriptionFormat.HTML) {
      return description;
    }
    try {
      return Jsoup.parseBodyFragment(description).body().text();
    } catch (RuntimeException | StackOverflowError e) {
      // the markup itself may be what failed: the raw text is still better than no text
      return description;
    }
  }

  private static SplitResult result(List<Section> sections, List<String> warnings) {
    List<String> responsibilities = new ArrayList<>();
    List<String> required = new ArrayList<>();
    List<String> preferred = new ArrayList<>();
    List<String> benefits = new ArrayList<>();
    for (Section s : sections) {
      switch (s.kind()) {
        case RESPONSIBILITIES -> {
          if (s.items().isEmpty()) {
            responsibilities.addAll(PROSE.duties(s.text()));
          }
          for (String item : s.items()) {
            // "Prior retail experience is required." in a list of duties is no duty
            if (CUES.isListedRequirement(item)) {
              addQualification(item, required, preferred);
            } else {
              responsibilities.add(item);
            }
          }
        }
        case QUALIFICATIONS -> {
          for (String item : requirements(s)) {
            addQualification(item, required, preferred);
          }
        }
        case PREFERRED_QUALIFICATIONS -> preferred.addAll(requirements(s));
        case BENEFITS -> benefits.addAll(s.items());
        default -> {
          // other sections contribute no list entries
        }
      }
    }
    // Where a posting lists no duties or no requirements, the readings below take them from
    // prose, most certain first; each runs only while the ones before it found nothing. A
    // section's sentences are split once for all of them.
    Map<Section, List<String>> split = new IdentityHashMap<>();
    Function<Section, List<String>> sentences =
        s -> split.computeIfAbsent(s, x -> PROSE.sentences(x.text()));
    if (responsibilities.isEmpty()) {
      // the role summary's sentences that state duties, and "Your Role:" over a list of duties
      responsibilities.addAll(gather(sections, SectionSplitter::isRoleSummary,
          s -> concat(PROSE.dutyStatements(sentences.apply(s)),
              PROSE.listedDuties(s.items(), s.text()))));
    }
    if (responsibilities.isEmpty()) {
      // a run of duty sentences whose heading was lost or never written; under a pay heading
      // ("Compensation") a list is of perks, however worded ("Cutting-Edge Research: Engage in
      // groundbreaking research")
      responsibilities.addAll(gather(sections, s -> LOST_LIST_KINDS.contains(s.kind())
          && !(s.kind() == SectionKind.PAY && s.heading() != null),
          s -> PROSE.dutyRuns(sentences.apply(s))));
    }
    if (responsibilities.isEmpty()) {
      // a heading unknown ("Construction Project Manager (Contract)"), lost into a pay notice or
      // a company blurb or a perks list it runs on into, does not make "You will be responsible
      // for ..." less of a duty
      responsibilities.addAll(gather(sections, s -> s.kind() != SectionKind.EEO,
          s -> PROSE.openingDutyStatements(sentences.apply(s))));
    }
    if (responsibilities.isEmpty()) {
      // "We are seeking a Blog Writer to craft engaging blog posts": the duty it is sought for
      responsibilities.addAll(gather(sections, SectionSplitter::isRoleSummary,
          s -> PROSE.soughtFor(sentences.apply(s))));
    }
    // a duties paragraph that runs on into the requirements: its duty sentences are no runs
    Predicate<Section> lostRequirements = s -> LOST_LIST_KINDS.contains(s.kind())
        || s.kind() == SectionKind.RESPONSIBILITIES && s.items().isEmpty();
    if (required.isEmpty() && preferred.isEmpty()) {
      // a run of requirement sentences whose heading was lost
      for (String item : gather(sections, lostRequirements,
          s -> PROSE.requirementRuns(sentences.apply(s)))) {
        addQualification(item, required, preferred);
      }
    }
    if (required.isEmpty() && preferred.isEmpty()) {
      // "The ideal candidate will have ..." states them in prose, one sentence enough
      for (String item : gather(sections, lostRequirements,
          s -> PROSE.idealCandidate(sentences.apply(s)))) {
        addQualification(item, required, preferred);
      }
    }
    if (required.isEmpty() && preferred.isEmpty()) {
      // "Instructor must have their CPR certification.": one sentence that requires is enough
      for (String item : gather(sections, lostRequirements,
          s -> PROSE.requirementStatements(sentences.apply(s)))) {
        addQualification(item, required, preferred);
      }
    }
    return new SplitResult(
        sections,
        responsibilities,
        new Qualifications(required, preferred),
        benefits,
        PLAIN.description(sections),
        warnings);
  }

  private static boolean isRoleSummary(Section s) {
    return s.kind() == SectionKind.ABOUT_ROLE
        || s.heading() == null && s.kind() == SectionKind.OTHER;
  }

  /**
   * What a reading gives over the sections it applies to, each entry once, in the order found:
   * a set, as a list's contains() made a summary of many sentences quadratic.
   */
  private static List<String> gather(List<Section> sections, Predicate<Section> where,
      Function<Section, List<String>> reading) {
    Set<String> found = new LinkedHashSet<>();
    for (Section s : sections) {
      if (where.test(s)) {
        found.addAll(reading.apply(s));
      }
    }
    return new ArrayList<>(found);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
