package io.github.jobnorm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jobnorm.internal.Markup;
import io.github.jobnorm.model.Company;
import io.github.jobnorm.model.EmploymentType;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Location;
import io.github.jobnorm.model.PayKind;
import io.github.jobnorm.model.PayRange;
import io.github.jobnorm.model.WorkplaceType;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a posting as schema.org {@code JobPosting} JSON-LD with what Google's job-posting
 * guidelines require (title, description, datePosted, hiringOrganization, jobLocation or
 * jobLocationType with applicantLocationRequirements) and recommend (baseSalary with unitText,
 * employmentType in Google's values, validThrough, identifier). Unknown values are left out,
 * never filled in. Read back through jobnorm's JSON-LD parser, the output gives a posting equal
 * to this one on the fields both carry.
 *
 * <pre>{@code
 * String jsonLd = JobPostingJsonLd.write(posting);
 * // <script type="application/ld+json"> + jsonLd + </script> in a careers page
 * }</pre>
 */
public final class JobPostingJsonLd {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JobPostingJsonLd() {}

  /** The posting as indented JSON-LD. */
  public static String write(JobPosting posting) {
    return write(posting, true);
  }

  /** The posting as JSON-LD, indented when {@code pretty}. */
  public static String write(JobPosting posting, boolean pretty) {
    ObjectNode node = toNode(posting);
    try {
      return pretty
          ? JobPostingJson.mapper().writer(JobPostingJson.prettyPrinter()).writeValueAsString(node)
          : JobPostingJson.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON-LD for " + posting.id(), e);
    }
  }

  /** The posting as a JSON-LD tree. */
  public static ObjectNode toNode(JobPosting p) {
    ObjectNode n = NODES.objectNode();
    n.put("@context", "https://schema.org/");
    n.put("@type", "JobPosting");
    putText(n, "title", p.title());
    putText(n, "description", p.description().isBlank() ? null : html(p.description()));
    if (p.postedAt() != null) {
      n.put("datePosted", p.postedAt().toString());
    }
    if (p.validThrough() != null) {
      n.put("validThrough", p.validThrough().toString());
    }
    Company company = p.company();
    if (company != null) {
      ObjectNode org = n.putObject("hiringOrganization");
      org.put("@type", "Organization");
      org.put("name", company.name());
      putText(org, "sameAs", company.url());
    }
    writeLocations(p, n);
    if (p.employmentType() != null) {
      n.put("employmentType", googleEmploymentType(p.employmentType()));
    }
    p.pay().stream().filter(r -> r.kind() == PayKind.BASE).findFirst()
        .ifPresent(r -> n.set("baseSalary", salary(r)));
    if (p.source().jobId() != null) {
      ObjectNode id = n.putObject("identifier");
      id.put("@type", "PropertyValue");
      putText(id, "name", p.company() != null ? p.company().name() : p.source().site());
      id.put("value", p.source().jobId());
    }
    putText(n, "url", p.source().url());
    return n;
  }

  /** Google's employmentType values: CONTRACTOR and INTERN where the contract says otherwise. */
  static String googleEmploymentType(EmploymentType type) {
    return switch (type) {
      case CONTRACT -> "CONTRACTOR";
      case INTERNSHIP -> "INTERN";
      default -> type.name();
    };
  }

  private static void writeLocations(JobPosting p, ObjectNode n) {
    List<Location> places = new ArrayList<>();
    List<Location> scopes = new ArrayList<>();
    for (Location l : p.locations()) {
      (l.remote() ? scopes : places).add(l);
    }
    if (!places.isEmpty()) {
      ArrayNode list = n.putArray("jobLocation");
      for (Location l : places) {
        ObjectNode place = list.addObject();
        place.put("@type", "Place");
        ObjectNode address = place.putObject("address");
        address.put("@type", "PostalAddress");
        if (l.city() == null && l.region() == null && l.country() == null) {
          address.put("addressLocality", l.raw());
        } else {
          putText(address, "addressLocality", l.city());
          putText(address, "addressRegion", l.region());
          putText(address, "addressCountry", l.country());
        }
      }
    }
    if (!scopes.isEmpty() || p.workplaceType() == WorkplaceType.REMOTE) {
      n.put("jobLocationType", "TELECOMMUTE");
      ArrayNode requirements = NODES.arrayNode();
      for (Location l : scopes) {
        ObjectNode area = requirements.addObject();
        boolean country = l.country() != null && l.region() == null;
        area.put("@type", country ? "Country" : "AdministrativeArea");
        area.put("name", l.region() == null && l.country() != null ? l.country() : l.raw());
      }
      if (!requirements.isEmpty()) {
        n.set("applicantLocationRequirements", requirements);
      }
    }
  }

  private static ObjectNode salary(PayRange r) {
    ObjectNode amount = NODES.objectNode();
    amount.put("@type", "MonetaryAmount");
    amount.put("currency", r.currency());
    ObjectNode value = amount.putObject("value");
    value.put("@type", "QuantitativeValue");
    if (r.min() != null && r.max() != null && r.min().compareTo(r.max()) == 0) {
      value.put("value", r.min());
    } else {
      putNumber(value, "minValue", r.min());
      putNumber(value, "maxValue", r.max());
    }
    value.put("unitText", r.period().name());
    return amount;
  }

  /**
   * The contract's plain text as HTML, in order: blank-line-separated paragraphs (a line break
   * within one kept as {@code <br>}), runs of "- " lines as one list.
   */
  static String html(String text) {
    StringBuilder html = new StringBuilder();
    for (String block : text.split("\n\\s*\n")) {
      List<String> paragraph = new ArrayList<>();
      boolean inList = false;
      for (String line : block.split("\n")) {
        boolean item = line.startsWith("- ");
        if (item && !inList) {
          flush(paragraph, html);
          html.append("<ul>");
        } else if (!item && inList) {
          html.append("</ul>");
        }
        inList = item;
        if (item) {
          html.append("<li>").append(Markup.escapeText(line.substring(2).strip())).append("</li>");
        } else if (!line.isBlank()) {
          paragraph.add(Markup.escapeText(line.strip()));
        }
      }
      if (inList) {
        html.append("</ul>");
      }
      flush(paragraph, html);
    }
    return html.toString();
  }

  private static void flush(List<String> paragraph, StringBuilder html) {
    if (!paragraph.isEmpty()) {
      html.append("<p>").append(String.join("<br>", paragraph)).append("</p>");
      paragraph.clear();
    }
  }

  private static void putText(ObjectNode n, String field, String value) {
    if (value != null && !value.isBlank()) {
      n.put(field, value);
    }
  }

  private static void putNumber(ObjectNode n, String field, BigDecimal value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}
