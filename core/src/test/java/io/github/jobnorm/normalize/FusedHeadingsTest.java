package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings glued into lines whose newlines were lost, as Kaggle postings write them. */
class FusedHeadingsTest {
  private static final FusedHeadings FUSED = new FusedHeadings(HeadingPhrases.get());

  private static List<String> pieces(String line) {
    return FUSED.split(line).stream().map(b -> b.type() + ":" + b.text()).toList();
  }

  @Test
  void aLabelClosingTheLineAfterASentenceIsAHeading() {
    // Kaggle 3814723048: the label closes the paragraph; its list is on the next lines
    assertThat(pieces("We are seeking a Generalist to be the \u201cglue\u201d for our organization. Roles and Responsibilities:"))
        .containsExactly(
            "PARAGRAPH:We are seeking a Generalist to be the \u201cglue\u201d for our organization.",
            "HEADING:Roles and Responsibilities");
    // Kaggle 3486250934: glued to the stop
    assertThat(pieces("...a vision for success.Chief Executive Officer Job Responsibilities:"))
        .containsExactly("PARAGRAPH:...a vision for success.", "HEADING:Chief Executive Officer Job Responsibilities");
    // Kaggle 3814723048: two spaces after the stop
    assertThat(pieces("Ability to adapt to fast-paced and dynamic work environment.  Requirements:"))
        .containsExactly("PARAGRAPH:Ability to adapt to fast-paced and dynamic work environment.", "HEADING:Requirements");
  }

  @Test
  void aLabelClosingAnItemGluedToItIsAHeading() {
    // Kaggle 3868010733: the lead-in of the requirements is glued to the last duty
    assertThat(pieces("Working with the team to develop solutionsMaintaining a clean lobby areaQualified candidates must have these skills:"))
        .containsExactly(
            "PARAGRAPH:Working with the team to develop solutionsMaintaining a clean lobby area",
            "HEADING:Qualified candidates must have these skills");
  }

  @Test
  void aClosingLabelOfNoKnownKindOrAfterAPlainSpaceStaysInItsLine() {
    assertThat(pieces("Please read the notes below. Important note:")).containsExactly("PARAGRAPH:Please read the notes below. Important note:");
    // after a glyph and a space the whole line is the heading, read by the heading-line rules
    assertThat(pieces("\u2016 Responsibilities Include:")).containsExactly("PARAGRAPH:\u2016 Responsibilities Include:");
    assertThat(pieces("Visit us at https://example.com/jobs. Apply at:")).containsExactly("PARAGRAPH:Visit us at https://example.com/jobs. Apply at:");
  }
}
