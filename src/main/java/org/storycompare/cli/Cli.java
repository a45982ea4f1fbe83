package org.storycompare.cli;

import org.storycompare.report.ReportInfo;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code storycompare compare PATH... [--format html|pdf|json|csv|md] [--out FILE]}. */
@Command(name = "storycompare", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compare how several outlets reported one story.",
        subcommands = {CompareCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Runs the command line on stdout and stderr (UTF-8) and returns the exit status. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(CommandLine.defaultFactory(), out, err, args);
    }

    /** Runs the command line with the given streams and factory (tests pass stand-ins). */
    static int run(CommandLine.IFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli(), factory);
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"StoryCompare " + appVersion()};
        }
    }

    public static String appVersion() {
        return ReportInfo.appVersion();
    }
}
