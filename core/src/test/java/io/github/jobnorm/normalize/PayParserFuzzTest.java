package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jobnorm.model.JobPostings;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.testing.PostingInvariants;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The pay parser on arbitrary text and figures: it never throws, and every range it returns is
 * valid under the contract, ordered, and found where it says in the text.
 */
class PayParserFuzzTest {
  private static final String[] COUNTRIES = {null, "US", "GB", "DE", "IN", "CA", "AU", "FR"};

  @FuzzTest
  @DictionaryEntries({
    "$", "\u20AC", "\u00A3", "\u20B9", "USD", "EUR", "GBP", "CAD", "INR", "k", "K", "M",
    ",000", ".00", " - ", " to ", "\u2013", "between ", " and ", "up to ", "from ", "+",
    "/hr", "/hour", " per hour", " an hour", "/yr", " a year", " per annum", " p.a.",
    " per month", " daily", " weekly", " LPA", " lakh", "salary", "Base pay range",
    "OTE", "bonus", "401(k)", "raised", "California-based roles"
  })
  void findAll(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    PayContext context = contextFor(text);
    List<PayMatch> found = PayParser.findAll(text, context);
    int previousStart = 0;
    for (PayMatch m : found) {
      assertThat(m.start()).as("start of %s", m).isBetween(previousStart, text.length() - 1);
      assertThat(m.end()).as("end of %s", m).isBetween(m.start() + 1, text.length());
      previousStart = m.start();
    }
    assertSound(found.stream().map(PayMatch::range).toList());
  }

  @FuzzTest
  @DictionaryEntries({"$", "\u20AC", "\u00A3", "/yr", "/hr", " - ", "K", ",000.00", "USD"})
  void parseDisplay(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    Optional<PayMatch> found = PayParser.parse(text, contextFor(text));
    assertSound(found.map(m -> List.of(m.range())).orElse(List.of()));
  }

  @FuzzTest
  void fromStructured(FuzzedDataProvider data) {
    PayContext context = PayContext.forCountry(data.pickValue(COUNTRIES));
    RawPay raw = new RawPay(figure(data), figure(data), data.consumeString(8),
        data.consumeString(12), data.consumeRemainingAsString());
    Optional<PayMatch> found = PayParser.fromStructured(raw, context);
    assertSound(found.map(m -> List.of(m.range())).orElse(List.of()));
  }

  /** A country chosen by the text, so that inputs stay plain text files and cover every one. */
  private static PayContext contextFor(String text) {
    return PayContext.forCountry(COUNTRIES[Math.floorMod(text.hashCode(), COUNTRIES.length)]);
  }

  private static BigDecimal figure(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 3)) {
      case 0 -> null;
      case 1 -> BigDecimal.valueOf(data.consumeLong());
      case 2 -> BigDecimal.valueOf(data.consumeLong(), data.consumeInt(-20, 20));
      default -> BigDecimal.valueOf(data.consumeInt(0, 1_000_000));
    };
  }

  private static void assertSound(List<PayRange> ranges) {
    ranges.forEach(PostingInvariants::assertOrdered);
    assertThat(JobPostings.validate(PostingInvariants.withPay(ranges))).isEmpty();
  }
}
