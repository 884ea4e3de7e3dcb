package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur COMMAND [ARGS]}: finds the command and runs it, turning every failure into a French
 * message and an exit code (0 success, 1 the input has errors, 2 usage or I/O problem).
 */
public final class SegurCli {

	private final Map<String, CliCommand> commands = new LinkedHashMap<>();
	private final String version;

	public SegurCli(String version, List<CliCommand> commands) {
		this.version = version;
		commands.forEach(c -> this.commands.put(c.name(), c));
	}

	/** The commands of this product, in the order of the help. */
	public static List<CliCommand> standardCommands() {
		return List.of(new ValidateCommand(), new ExportCommand(), new ImportCommand(), new ConvertCommand(), new FormatCommand(),
				new RetourCommand(), new ResoumettreCommand(), new EtatCommand(), new ImportCsvCommand(), new CouloirsCommand(),
				new DiffCommand(), new MergeCommand(), new GitConfigCommand());
	}

	public int run(String[] args, CliContext context) {
		List<String> list = new ArrayList<>(Arrays.asList(args));
		if (list.isEmpty() || List.of("-h", "--help", "-help", "help").contains(list.get(0))) {
			return help(list.size() > 1 ? list.get(1) : null, context);
		}
		if ("--version".equals(list.get(0))) {
			context.out().println(NLS.bind(Messages.version, version));
			return CliCommand.OK;
		}
		CliCommand command = commands.get(list.get(0));
		if (command == null) {
			context.err().println(NLS.bind(Messages.unknownCommand, Echo.text(list.get(0))));
			return CliCommand.USAGE;
		}
		List<String> rest = list.subList(1, list.size());
		if (Arguments.asksHelp(rest)) {
			context.out().println(command.help());
			return CliCommand.OK;
		}
		try {
			context.service(CouloirRegistry.class).refresh(); // a couloir folder dropped or changed since the resident process's last call
			return command.run(rest, context);
		} catch (UsageException e) {
			context.err().println("segur " + command.name() + " : " + e.getMessage());
			context.err().println(command.help());
			return CliCommand.USAGE;
		} catch (PerFile.Interrupted e) { // a call of the resident process whose client went away (Ctrl-C)
			context.err().println(Messages.interrupted);
			return CliCommand.USAGE;
		} catch (Throwable e) { // an Error too (OutOfMemoryError, StackOverflowError): never a silent exit 0
			context.err().println(Failures.message(e));
			return CliCommand.USAGE;
		}
	}

	private int help(String commandName, CliContext context) {
		if (commandName != null) {
			CliCommand command = commands.get(commandName);
			if (command == null) {
				context.err().println(NLS.bind(Messages.unknownCommand, Echo.text(commandName)));
				return CliCommand.USAGE;
			}
			context.out().println(command.help());
			return CliCommand.OK;
		}
		StringBuilder text = new StringBuilder(Messages.usage).append("\n\n").append(Messages.usageCommands).append('\n');
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4) + 2;
		for (CliCommand command : commands.values()) {
			text.append("  ").append(pad(command.name(), width)).append(command.summary()).append('\n');
		}
		text.append("  ").append(pad("help", width)).append(Messages.helpSummary).append("\n\n").append(Messages.usageFooter);
		context.out().println(text);
		return CliCommand.OK;
	}

	private static String pad(String s, int width) {
		return s + " ".repeat(Math.max(1, width - s.length()));
	}
}
