package org.storycompare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code storycompare compare PATH... [--format json] [--out FILE]}. */
@Command(name = "storycompare", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Compare how several outlets reported one story.",
        subcommands = {CompareCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    /** The version from the jar's manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"StoryCompare " + appVersion()};
        }
    }

    public static String appVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
