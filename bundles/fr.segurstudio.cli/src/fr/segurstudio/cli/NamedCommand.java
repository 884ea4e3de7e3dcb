package fr.segurstudio.cli;

/** A command whose name, summary and help are given once, at construction (strings of {@link Messages}). */
abstract class NamedCommand implements CliCommand {

	private final String name;
	private final String summary;
	private final String help;

	NamedCommand(String name, String summary, String help) {
		this.name = name;
		this.summary = summary;
		this.help = help;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String summary() {
		return summary;
	}

	@Override
	public final String help() {
		return help;
	}
}
