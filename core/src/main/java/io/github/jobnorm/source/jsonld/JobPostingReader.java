package io.github.jobnorm.source.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.internal.Figures;
import io.github.jobnorm.internal.JsonFields;
import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one schema.org {@code JobPosting} object into a {@link RawPosting.Builder}, accepting the
 * shapes sites really publish: values as objects, strings or lists, escaped or raw HTML, numbers
 * as strings. Only finds pieces; the normalizer decides what they mean.
 */
public final class JobPostingReader {
  private JobPostingReader() {}

  /** Fills the builder with everything the object states. */
  public static RawPosting.Builder read(JsonNode job, RawPosting.Builder b) {
    b.title(JsonFields.firstText(job, "title", "name"));
    readOrganization(job.get("hiringOrganization"), b);
    // the builder decodes a feed's short values, and drops their tags
    for (String location : locations(job.get("jobLocation"))) {
      b.location(location);
    }
    String locationType = text(job.get("jobLocationType"));
    if (locationType != null) {
      b.workplaceType(locationType);
      if (locationType.toUpperCase(Locale.ROOT).contains("TELECOMMUTE")) {
        b.remote(true);
        // written the way postings write a remote scope, so the location parser reads it as one
        for (String scope : names(job.get("applicantLocationRequirements"))) {
          // a scope of nothing but tags ("<b></b>") is no place; the builder decodes what it
          // takes, so it gets the raw scope: decoded here too, "R&amp;amp;D" would lose two levels
          if (!Markup.unescape(scope).isBlank()) {
            b.location("Remote - " + scope);
          }
        }
      }
    }
    b.markupDescription(text(job.get("description")));
    for (RawPay pay : pay(job.get("baseSalary"))) {
      b.pay(pay);
    }
    JsonNode salary = job.get("baseSalary");
    if (salary != null && salary.isTextual()) {
      b.payText(salary.asText());
    }
    for (String type : employmentTypes(job.get("employmentType"))) {
      b.employmentType(type);
    }
    b.postedAt(text(job.get("datePosted")));
    b.validThrough(text(job.get("validThrough")));
    b.jobId(identifier(job.get("identifier")));
    b.url(text(job.get("url")));
    return b;
  }

  /** Structured pay in a {@code baseSalary} or {@code estimatedSalary} value; empty when none. */
  private static List<RawPay> pay(JsonNode salary) {
    List<RawPay> out = new ArrayList<>();
    if (salary == null || salary.isNull()) {
      return out;
    }
    if (salary.isArray()) {
      salary.forEach(s -> out.addAll(pay(s)));
      return out;
    }
    if (salary.isNumber() || (salary.isTextual() && Figures.decimal(salary) != null)) {
      BigDecimal v = Figures.decimal(salary);
      out.add(new RawPay(v, v, null, null, null));
      return out;
    }
    if (!salary.isObject()) {
      return out;
    }
    String currency = text(salary.get("currency"));
    JsonNode value = salary.has("value") ? salary.get("value") : salary;
    String unit = JsonFields.firstText(value, "unitText", "unitCode");
    if (unit == null) {
      unit = text(salary.get("unitText"));
    }
    BigDecimal min;
    BigDecimal max;
    if (value.isObject()) {
      BigDecimal single = Figures.decimal(value.get("value"));
      min = single != null ? single : Figures.decimal(value.get("minValue"));
      max = single != null ? single : Figures.decimal(value.get("maxValue"));
    } else {
      min = Figures.decimal(value);
      max = min;
    }
    if (min != null || max != null) {
      out.add(new RawPay(min, max, currency, unit, null));
    }
    return out;
  }

  /** Location strings of a {@code jobLocation}: a Place, a list of them, or text. */
  private static List<String> locations(JsonNode jobLocation) {
    List<String> out = new ArrayList<>();
    if (jobLocation == null || jobLocation.isNull()) {
      return out;
    }
    if (jobLocation.isArray()) {
      jobLocation.forEach(l -> out.addAll(locations(l)));
      return out;
    }
    if (jobLocation.isTextual()) {
      add(out, jobLocation.asText());
      return out;
    }
    JsonNode address = jobLocation.get("address");
    if (address != null && address.isArray() && !address.isEmpty()) {
      address = address.get(0);
    }
    String fromAddress = postalAddress(address);
    add(out, fromAddress != null ? fromAddress : text(jobLocation.get("name")));
    return out;
  }

  /**
   * A PostalAddress as location words, {@code "Mascot, NSW, AU"}: locality, region and country
   * as given (street and postal code left out); an address given as text as is; null if empty.
   */
  public static String postalAddress(JsonNode address) {
    if (address == null || address.isMissingNode() || address.isNull()) {
      return null;
    }
    if (address.isTextual()) {
      return address.asText();
    }
    List<String> parts = new ArrayList<>();
    for (String field : new String[] {"addressLocality", "addressRegion", "addressCountry"}) {
      String part = text(address.get(field));
      if (part != null && !parts.contains(part)) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static void readOrganization(JsonNode org, RawPosting.Builder b) {
    if (org == null || org.isNull()) {
      return;
    }
    if (org.isArray() && !org.isEmpty()) {
      readOrganization(org.get(0), b);
      return;
    }
    if (org.isTextual()) {
      b.company(org.asText());
      return;
    }
    b.company(text(org.get("name")));
    b.companyUrl(JsonFields.firstText(org, "sameAs", "url"));
  }

  /** Names in {@code applicantLocationRequirements}: Country, State or AdministrativeArea. */
  private static List<String> names(JsonNode requirements) {
    List<String> out = new ArrayList<>();
    if (requirements == null) {
      return out;
    }
    if (requirements.isArray()) {
      requirements.forEach(r -> out.addAll(names(r)));
    } else if (requirements.isTextual()) {
      add(out, requirements.asText());
    } else if (requirements.isObject()) {
      add(out, text(requirements.get("name")));
    }
    return out;
  }

  private static List<String> employmentTypes(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.addAll(employmentTypes(n)));
    } else if (node.isTextual()) {
      for (String part : node.asText().split(",")) {
        add(out, part);
      }
    }
    return out;
  }

  private static String identifier(JsonNode id) {
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isArray()) {
      return id.isEmpty() ? null : identifier(id.get(0));
    }
    if (id.isObject()) {
      return text(id.get("value"));
    }
    return text(id);
  }

  /** A scalar's text, an object's {@code name} or {@code @id}, a list's first such; or null. */
  static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        String t = text(n);
        if (t != null) {
          return t;
        }
      }
      return null;
    }
    if (node.isObject()) {
      return JsonFields.firstText(node, "name", "@id");
    }
    String t = node.asText().strip();
    return t.isEmpty() ? null : t;
  }

  private static void add(List<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s.strip());
    }
  }
}
