package io.github.jobnorm.normalize;

import io.github.jobnorm.source.RawPay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalizes the pay ranges a posting states.
 *
 * <pre>{@code
 * List<PayMatch> found = PayParser.findAll("between $45 and $65/hour", PayContext.NONE);
 * // found.get(0).range(): min 45, max 65, USD, HOUR, annualMin 93600, annualMax 135200
 * }</pre>
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * pay      = [lead] money [period] [connector money] [period] ["+" | "or more"] [scope]
 * lead     = "between" | "from" | "ranging from" | "starting at" | "minimum of" | "at least"
 *          | "up to" | "maximum of" | ...                      (pay-range-words.tsv)
 * money    = [currency] amount [multiplier] [currency]
 * amount   = 45 | 45.50 | 120,000 | 120.000 | 120 000 | 120'000 | 1.234,56 | 12,00,000
 * multiplier = k | K | thousand | M | million | lakh | Lacs | L | Cr | crore | LPA | bn
 * currency = $ | US$ | CA$ | A$ | £ | € | ₹ | Rs. | USD | EUR | dollars | euros | ...
 *                                                              (pay-currencies.tsv)
 * connector = "-" | "–" | "—" | "~" | "to" | "and" (after "between")
 * period   = /hr | per hour | an hour | hourly | p/h | /day | per week | /mo | pcm | monthly
 *          | /yr | per annum | p.a. | annually | salary | biweekly | semi-monthly | ...
 *                                                              (pay-periods.tsv)
 * scope    = "for" place-or-name ("for California-based roles") | label ":" before ("NYC:")
 * </pre>
 *
 * <p>Examples, each read as one range:
 *
 * <ul>
 *   <li>{@code between $45 and $65/hour} gives 45-65 USD HOUR
 *   <li>{@code $155,000.00/yr - $160,000.00/yr} gives 155000-160000 USD YEAR
 *   <li>{@code $120K - $150K} gives 120000-150000 USD YEAR, with a warning that the period was
 *       inferred from magnitude
 *   <li>{@code £50,000 - £60,000 per annum}, {@code €4.000 per month}, {@code 5-10 Lacs PA}
 *       (500000-1000000 INR YEAR), {@code ₹12 LPA}
 *   <li>{@code up to $30 per hour} (no min), {@code from £40,000 per annum} and {@code $120,000+}
 *       (no max), {@code $35-40/hr} (currency on one side), {@code 20-30K} (multiplier on one side)
 *   <li>{@code $2,000 biweekly} gives 52000 USD YEAR, the stated words kept in the text
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>The period read from the text wins; a period word earlier in the clause ("Hourly rate:
 *       $25") comes next; otherwise the period is inferred from magnitude and currency (hourly under
 *       200 US-dollar equivalents, monthly from 1,000, yearly from 15,000) with a warning, and only
 *       when the clause speaks of pay.
 *   <li>A bare {@code $} is USD unless the posting's country has its own dollar; a figure with no
 *       currency in free text is not read, except with lakh/crore units (INR) or with a stated
 *       period in a posting whose country is known (with a warning).
 *   <li>Not pay: figures with a not-pay cue in their clause or just after them (funding, revenue,
 *       401(k), stipends, referral and sign-on bonuses, prices; pay-not-pay.tsv), percentages,
 *       and figures whose yearly value is under 1,000 or over 5 million US-dollar equivalents.
 *       Years, counts, phone numbers and zip codes carry no currency, so free text never yields
 *       them.
 *   <li>The kind is {@code BASE} unless a cue says OTE, total compensation or bonus
 *       (pay-kinds.tsv).
 * </ul>
 *
 * <p>Every method is linear in the length of its input: the text is walked once, and every look
 * around a figure is bounded.
 */
public final class PayParser {
  private PayParser() {}

  /** Every pay range stated in free text, in order. Never throws; linear in the text's length. */
  public static List<PayMatch> findAll(CharSequence text, PayContext context) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    PayJudge judge = new PayJudge(text, context, false);
    List<PayMatch> found = new ArrayList<>();
    new PayGrammar(text)
        .scan(
            shape -> {
              PayMatch match = judge.judge(shape);
              if (match != null) {
                found.add(match);
              }
            });
    return List.copyOf(found);
  }

  /** A display string that is all about pay ("$155,000.00/yr - $160,000.00/yr"), or empty. */
  public static Optional<PayMatch> parse(String payText, PayContext context) {
    if (payText == null || payText.isBlank()) {
      return Optional.empty();
    }
    PayJudge judge = new PayJudge(payText, context, true);
    PayMatch[] first = new PayMatch[1];
    new PayGrammar(payText)
        .scan(
            shape -> {
              if (first[0] == null) {
                first[0] = judge.judge(shape);
              }
            });
    return Optional.ofNullable(first[0]);
  }

  /** Structured figures from a source (schema.org, an ATS) as a range, or empty if unusable. */
  public static Optional<PayMatch> fromStructured(RawPay raw, PayContext context) {
    return StructuredPay.read(raw, context);
  }
}
