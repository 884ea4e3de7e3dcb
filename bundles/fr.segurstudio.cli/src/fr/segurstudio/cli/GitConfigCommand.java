package fr.segurstudio.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur git-config}: installs the dossiers' merge and diff drivers in the current repository's
 * configuration (git never commits driver settings: once per clone) and the attributes that select them in the
 * root {@code .gitattributes}; says what it did, and changes nothing the second time.
 */
final class GitConfigCommand extends NamedCommand {

	/** The line of {@code .gitattributes} that gives .segur files the drivers. */
	static final String ATTRIBUTES = "*.segur merge=segur diff=segur";
	/** Hunk headers of a line diff ({@code git diff --no-ext-diff}) name the request: {@code @@ … @@ demande "00002"}. */
	static final String XFUNCNAME = "^[[:space:]]*(demande[[:space:]]+\"[^\"]*\")";

	GitConfigCommand() {
		super("git-config", Messages.gitConfigSummary, Messages.gitConfigHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--commande"), Set.of());
		if (!arguments.operands().isEmpty()) {
			throw new UsageException(Messages.gitConfigNoFile);
		}
		String command = arguments.value("--commande");
		if (command == null) {
			command = thisInstallation();
		}
		try {
			Path top = Path.of(git(context, "rev-parse", "--show-toplevel").strip());
			Map<String, String> settings = new LinkedHashMap<>();
			settings.put("merge.segur.name", Messages.gitConfigMergeName);
			settings.put("merge.segur.driver", command + " merge %O %A %B %L %P");
			settings.put("diff.segur.command", command + " diff");
			settings.put("diff.segur.xfuncname", XFUNCNAME);
			for (Map.Entry<String, String> setting : settings.entrySet()) {
				git(context, "config", "--local", setting.getKey(), setting.getValue());
				context.out().println(NLS.bind(Messages.gitConfigSet, setting.getKey(), Echo.longText(setting.getValue())));
			}
			attributes(context, top.resolve(".gitattributes"));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.gitConfigFailed, Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		return OK;
	}

	/** Adds the drivers' line to the repository's attributes unless it is there. */
	private static void attributes(CliContext context, Path file) throws IOException {
		String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		if (text.lines().anyMatch(line -> line.strip().equals(ATTRIBUTES))) {
			context.out().println(NLS.bind(Messages.gitConfigAttributesPresent, ".gitattributes", ATTRIBUTES));
			return;
		}
		String updated = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + ATTRIBUTES + "\n";
		AtomicFiles.rewrite(file, updated.getBytes(StandardCharsets.UTF_8));
		context.out().println(NLS.bind(Messages.gitConfigAttributesAdded, ".gitattributes", ATTRIBUTES));
	}

	/**
	 * The start script of this installation (the OSGi install area holds it), quoted for git's shell; plain
	 * {@code segur} (found on the PATH) when there is none.
	 */
	private static String thisInstallation() {
		String area = System.getProperty("osgi.install.area");
		if (area != null) {
			try {
				Path script = Path.of(URI.create(area.replace(" ", "%20"))).resolve("segur");
				if (Files.isExecutable(script)) {
					return shellQuoted(script.toString());
				}
			} catch (IllegalArgumentException | FileSystemNotFoundException e) {
				// not a file URL: the PATH's segur
			}
		}
		return "segur";
	}

	static String shellQuoted(String word) {
		return word.matches("[A-Za-z0-9_./+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}

	/** Runs git in the working directory; its output, or its error message as the IOException's. */
	private static String git(CliContext context, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Process process;
		try {
			process = new ProcessBuilder(command).directory(context.workingDirectory().toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
		} catch (IOException e) {
			throw new IOException(Messages.gitConfigNoGit, e);
		}
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(String.join(" ", command), e);
		}
		if (process.exitValue() != 0) {
			String message = new String(err, StandardCharsets.UTF_8).strip();
			throw new IOException(message.isEmpty() ? String.join(" ", command) : message);
		}
		return new String(out, StandardCharsets.UTF_8);
	}
}
