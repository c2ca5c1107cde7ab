package io.github.jobnorm.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** A feed's title, company and locations lose their markup in the builder, whatever the feed. */
class RawPostingShortValuesTest {

  @Test
  void aFeedsShortValuesAreDecodedAndLoseTheirTags() {
    for (SourceFormat feed : new SourceFormat[] {SourceFormat.JSON_LD, SourceFormat.ATS_JSON}) {
      RawPosting p = RawPosting.builder(feed)
          .title("<b>Nurse</b> &amp; Carer")
          .company("R&amp;D Labs")
          .location("<b>Leeds</b>, UK")
          .location("<b></b>")
          .build();
      assertThat(p.title()).as("%s title", feed).isEqualTo("Nurse & Carer");
      assertThat(p.company()).as("%s company", feed).isEqualTo("R&D Labs");
      assertThat(p.locations()).as("%s locations", feed).containsExactly("Leeds, UK");
    }
  }

  @Test
  void aPagesShortValuesAreAlreadyText() {
    RawPosting p = RawPosting.builder(SourceFormat.HTML).title("Use &amp; in <b> tags").build();
    assertThat(p.title()).isEqualTo("Use &amp; in <b> tags");
  }
}
