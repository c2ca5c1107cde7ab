package io.github.jobnorm.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.testing.Postings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPostingsTest {

  @Test
  void aCompletePostingIsValid() {
    assertThat(JobPostings.validate(Postings.full())).isEmpty();
  }

  @Test
  void reportsEachBrokenRuleWithItsPath() {
    JobPosting bad = Postings.full().toBuilder()
        .title("  ")
        .company(new Company("Acme", "ftp://acme.example"))
        .locations(List.of(new Location("Atlantis", null, null, "XX", false)))
        .pay(List.of(PayRange.of(new BigDecimal("90"), new BigDecimal("50"), "usd",
            PayPeriod.YEAR, null, PayKind.BASE, "90 - 50")))
        .applicants(-1)
        .build();
    assertThat(JobPostings.validate(bad)).extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("applicants",
                "must be greater than or equal to 0"),
            org.assertj.core.groups.Tuple.tuple("company.url", "must be an absolute http(s) URL"),
            org.assertj.core.groups.Tuple.tuple("locations[0].country",
                "must be an ISO 3166-1 alpha-2 country code"),
            org.assertj.core.groups.Tuple.tuple("pay[0].currency",
                "must be an ISO 4217 currency code"),
            org.assertj.core.groups.Tuple.tuple("pay[0].ordered", "min must not exceed max"),
            org.assertj.core.groups.Tuple.tuple("title", "must not be blank"));
  }

  @Test
  void repairNullsOrDropsWhatIsBrokenAndSaysSo() {
    JobPosting bad = Postings.full().toBuilder()
        .company(new Company("Acme", "javascript:alert(1)"))
        .locations(List.of(new Location("Atlantis", "Atlantis", null, "XX", false)))
        .pay(List.of(PayRange.of(new BigDecimal("90"), new BigDecimal("50"), "USD",
            PayPeriod.YEAR, null, PayKind.BASE, "90 - 50")))
        .build();
    JobPosting fixed = JobPostings.repair(bad);
    assertThat(JobPostings.validate(fixed)).isEmpty();
    assertThat(fixed.company()).isEqualTo(new Company("Acme", null));
    assertThat(fixed.locations()).containsExactly(
        new Location("Atlantis", "Atlantis", null, null, false));
    assertThat(fixed.pay()).isEmpty();
    assertThat(fixed.warnings()).contains(
        "dropped invalid company.url: must be an absolute http(s) URL (was \"javascript:alert(1)\")",
        "dropped invalid pay[0].ordered: min must not exceed max");
    JobPosting valid = Postings.full();
    assertThat(JobPostings.repair(valid)).isSameAs(valid);
  }

  @Test
  void canonicalizesNumbersAndLists() {
    PayRange r = PayRange.of(new BigDecimal("120000.00"), new BigDecimal("1.5E+5"), "USD",
        PayPeriod.YEAR, null, null, "$120,000.00 - $150K");
    assertThat(r.min()).hasToString("120000");
    assertThat(r.max()).hasToString("150000");
    assertThat(r.kind()).isEqualTo(PayKind.BASE);
    JobPosting p = new JobPosting(null, "x:1", Source.of(SourceFormat.TEXT), null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(p.schemaVersion()).isEqualTo("1");
    assertThat(p.locations()).isEmpty();
    assertThat(p.qualifications()).isEqualTo(Qualifications.NONE);
    assertThat(p.description()).isEmpty();
  }
}
