package io.github.jobnorm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.fixtures.FixtureCase;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.json.JobPostingJson;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.testing.JsonDiff;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture with an expected file parses, with default options, to exactly the expected
 * JobPosting JSON, compared field by field. A fixture whose expected file holds an array is a
 * document of several postings.
 */
class FixtureCasesTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureGivesItsExpectedJson() {
    List<FixtureCase> cases = Fixtures.all().stream()
        .filter(c -> c.expectedJson().isPresent()).toList();
    assertThat(cases).isNotEmpty();
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.path(), () -> check(c)));
  }

  private static void check(FixtureCase c) throws Exception {
    ParseResult result;
    try (InputStream in = c.open()) {
      result = JobNorm.parse(in, ParseOptions.builder().inputName(c.path()).build());
    }
    assertThat(result.failure()).as("failure").isNull();
    result.postings().forEach(p -> assertThat(JobPostings.validate(p)).as(p.id()).isEmpty());
    JsonNode expected = JobPostingJson.mapper().readTree(c.expectedJson().orElseThrow());
    JsonNode actual = expected.isArray()
        ? JobPostingJson.mapper().valueToTree(result.postings())
        : JobPostingJson.mapper().readTree(JobPostingJson.write(result.posting()));
    if (!expected.isArray()) {
      assertThat(result.postings()).as("postings in " + c.path()).hasSize(1);
    }
    assertThat(JsonDiff.between(expected, actual)).as("differences in " + c.path()).isEmpty();
  }
}
