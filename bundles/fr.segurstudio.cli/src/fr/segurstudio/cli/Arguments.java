package fr.segurstudio.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;

/**
 * The options and files of one command: {@code --name value} options, {@code --flag} switches and the
 * rest as operands; {@code --} ends the options. Unknown options, and an option given an empty value, are
 * usage errors.
 */
final class Arguments {

	private final Map<String, String> values = new HashMap<>();
	private final Map<String, List<String>> repeated = new HashMap<>();
	private final Set<String> repeatable;
	private final Set<String> flags = new HashSet<>();
	private final List<String> operands = new ArrayList<>();

	/**
	 * @param valued   options that take a value ({@code --out})
	 * @param switches options that take none ({@code --zip})
	 */
	Arguments(List<String> args, Set<String> valued, Set<String> switches) {
		this(args, valued, switches, Set.of());
	}

	/** @param repeatable options among {@code valued} that may be given several times ({@code --dossiers A --dossiers B}) */
	Arguments(List<String> args, Set<String> valued, Set<String> switches, Set<String> repeatable) {
		this.repeatable = repeatable;
		boolean options = true;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (options && arg.equals("--")) {
				options = false;
			} else if (options && arg.startsWith("--") && arg.contains("=") && valued.contains(arg.substring(0, arg.indexOf('=')))) {
				put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			} else if (options && valued.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new UsageException(NLS.bind(Messages.optionNeedsValue, arg));
				}
				put(arg, args.get(++i));
			} else if (options && switches.contains(arg)) {
				flags.add(arg);
			} else if (options && arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException(NLS.bind(Messages.unknownOption, Echo.text(arg)));
			} else {
				operands.add(arg);
			}
		}
	}

	private void put(String option, String value) {
		if (value.isEmpty()) { // --out "": no folder is meant, least of all the current one
			throw new UsageException(NLS.bind(Messages.optionNeedsValue, option));
		}
		if (repeatable.contains(option)) {
			repeated.computeIfAbsent(option, o -> new ArrayList<>()).add(value);
			return;
		}
		if (values.put(option, value) != null) {
			throw new UsageException(NLS.bind(Messages.optionTwice, option));
		}
	}

	String value(String option) {
		return values.get(option);
	}

	/** Every value of a repeatable option, in the order given. */
	List<String> values(String option) {
		return repeated.getOrDefault(option, List.of());
	}

	boolean flag(String option) {
		return flags.contains(option);
	}

	/** True when the command line asks for help ({@code -h}, {@code --help}) before any {@code --}. */
	static boolean asksHelp(List<String> args) {
		int end = args.indexOf("--");
		List<String> options = end < 0 ? args : args.subList(0, end);
		return options.contains("-h") || options.contains("--help");
	}

	List<String> operands() {
		return operands;
	}

	/** The files, at least one. */
	List<String> files() {
		if (operands.isEmpty()) {
			throw new UsageException(Messages.noFile);
		}
		return operands;
	}
}
