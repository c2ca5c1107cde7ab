package io.github.jobnorm.cli;

import io.github.jobnorm.json.JobPostingSchema;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jobnorm schema}: the JSON Schema of the contract. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the JobPosting JSON, generated from"
        + " the model; the same as docs/jobposting.schema.json.",
    footer = ExitCodes.FOOTER)
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Override
  public Integer call() throws IOException {
    try (OutputOption.Target out = output.open(spec.commandLine().getOut())) {
      out.writer().write(JobPostingSchema.json());
      out.commit();
    }
    return ExitCodes.OK;
  }
}
