package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.model.SectionKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every entry of the splitter's rule files does what its example says. */
class SectionRuleFilesTest {

  @Test
  void everyHeadingExampleClassifiesAsItsKind() {
    HeadingPhrases phrases = HeadingPhrases.get();
    for (RuleFile.Rule rule : RuleFile.read(HeadingPhrases.RESOURCE)) {
      assertThat(phrases.classify(rule.example()))
          .as("%s line %d: '%s'", HeadingPhrases.RESOURCE, rule.lineNumber(), rule.example())
          .isEqualTo(SectionKind.valueOf(rule.key()));
    }
  }

  @Test
  void everyCueExampleIsRecognized() {
    ContentCues cues = ContentCues.get();
    for (RuleFile.Rule rule : RuleFile.read(ContentCues.RESOURCE)) {
      String ex = rule.example();
      boolean ok =
          switch (ContentCues.Category.valueOf(rule.key())) {
            case DUTY -> cues.isDuty(ex);
            case DUTY_STATEMENT -> cues.isDutyStatement(ex);
            case OPENER -> cues.opensRequirement(ex);
            case REQUIREMENT -> cues.isRequirement(ex);
            case PREFERRED -> cues.isPreferred(ex);
            case QUALIFIER -> narrowsARequirement(cues, ex, rule.value());
            case BENEFIT -> cues.isBenefit(ex);
            case EEO -> cues.noticeKind(ex) == SectionKind.EEO;
            case HOW_TO_APPLY -> cues.noticeKind(ex) == SectionKind.HOW_TO_APPLY;
            case PAY -> cues.noticeKind(ex) == SectionKind.PAY;
          };
      assertThat(ok).as("%s line %d: %s '%s'", ContentCues.RESOURCE, rule.lineNumber(), rule.key(), ex).isTrue();
    }
  }

  /**
   * "2+ years in support, ideally for software": the qualifier opens a clause after a comma, and
   * the item is a requirement, not an optional one, with that clause as without it.
   */
  private static boolean narrowsARequirement(ContentCues cues, String example, String qualifier) {
    int at = example.toLowerCase(Locale.ROOT).indexOf(", " + qualifier.toLowerCase(Locale.ROOT) + " ");
    return at > 0 && !cues.isPreferred(example) && !cues.isPreferred(example.substring(0, at));
  }

  @Test
  void preferablyInsideARequirementDoesNotMakeItOptional() {
    ContentCues cues = ContentCues.get();
    assertThat(cues.isPreferred("Proficiency in a language, preferably Python")).isFalse();
    assertThat(cues.isPreferred("Bachelor's degree required, Master's preferred")).isFalse();
    assertThat(cues.isPreferred("Master's degree preferred")).isTrue();
  }

  @Test
  void headingsAreMatchedByTheirEarliestLongestPhrase() {
    HeadingPhrases p = HeadingPhrases.get();
    assertThat(p.classify("Benefits and Compensation")).isEqualTo(SectionKind.BENEFITS);
    assertThat(p.classify("Responsibilities/Essential Functions:")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(p.classify("Qualifications (nice to have)")).isEqualTo(SectionKind.PREFERRED_QUALIFICATIONS);
    assertThat(p.classify("Legal Assistant Duties")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(p.classify("Things we like")).isNull();
  }
}
