package io.github.jobnorm.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Robots.txt as RFC 9309 reads it, including the examples of the RFC and of LinkedIn's file. */
class RobotsRulesTest {

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules rules =
        RobotsRules.parse(
            "User-agent: *\nDisallow: /jobs\nAllow: /jobs/view\nDisallow: /same\nAllow: /same\n",
            "jobnorm");

    assertThat(rules.allows("/jobs/search?keywords=java")).isFalse();
    assertThat(rules.allows("/jobs/view/123")).isTrue();
    assertThat(rules.allows("/same/page")).isTrue();
    assertThat(rules.allows("/companies")).isTrue();
  }

  @Test
  void aGroupNamingUsReplacesTheStarGroup() {
    String text =
        "User-agent: *\nDisallow: /\n\n"
            + "User-agent: Googlebot\nUser-agent: JOBNORM # case does not matter\nDisallow: /private\n";

    RobotsRules ours = RobotsRules.parse(text, "jobnorm");
    RobotsRules other = RobotsRules.parse(text, "otherbot");

    assertThat(ours.allows("/jobs")).isTrue();
    assertThat(ours.allows("/private/1")).isFalse();
    assertThat(other.allows("/jobs")).isFalse();
  }

  @Test
  void aGroupNamingUsWithoutRulesAllowsEverything() {
    RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /\nUser-agent: jobnorm\n", "jobnorm");

    assertThat(rules.allows("/anything")).isTrue();
  }

  @Test
  void starsMatchAnyRunAndDollarAnchorsTheEnd() {
    RobotsRules rules =
        RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /jobs/*/apply\n", "jobnorm");

    assertThat(rules.allows("/files/cv.pdf")).isFalse();
    assertThat(rules.allows("/files/cv.pdf?x=1")).isTrue();
    assertThat(rules.allows("/jobs/123/apply")).isFalse();
    assertThat(rules.allows("/jobs/123/view")).isTrue();
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndRobotsTxtItselfIsAlwaysAllowed() {
    assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "jobnorm").allows("/x")).isTrue();
    assertThat(RobotsRules.DISALLOW_ALL.allows("/robots.txt")).isTrue();
    assertThat(RobotsRules.DISALLOW_ALL.allows("/")).isFalse();
  }

  @Test
  void rulesBeforeAnyUserAgentLineBelongToNoGroup() {
    assertThat(RobotsRules.parse("Disallow: /\nUser-agent: *\nAllow: /\n", "jobnorm").allows("/x"))
        .isTrue();
  }

  @Test
  void matchingStaysLinearOnAdversarialPatterns() {
    String pattern = "/" + "*a".repeat(2_000) + "$";
    String path = "/" + "a".repeat(2_000_000) + "b";

    boolean matched =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RobotsRules.matches(pattern, path));

    assertThat(matched).isFalse();
  }
}
