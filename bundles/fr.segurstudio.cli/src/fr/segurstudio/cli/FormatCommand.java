package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.FileVersion;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur format [--check] FILE...}: rewrites .segur files in the canonical layout, comments kept;
 * with --check, writes nothing and exits 1 when a file is not in that layout (a git pre-commit hook).
 */
final class FormatCommand extends NamedCommand {

	FormatCommand() {
		super("format", Messages.formatSummary, Messages.formatHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("--check"));
		boolean check = arguments.flag("--check");
		Inputs inputs = new Inputs(context);
		DossierTexts texts = context.service(DossierTexts.class);
		boolean io = false;
		boolean broken = false;
		boolean unformatted = false;
		for (String file : arguments.files()) {
			if (!Inputs.isText(file)) {
				throw new UsageException(NLS.bind(Messages.formatNotText, Echo.longText(file)));
			}
			Path path = inputs.resolve(file);
			inputs.settle(path);
			String text;
			FileVersion version;
			try {
				byte[] bytes = InputFiles.read(path);
				version = FileVersion.of(bytes);
				text = Utf8.decode(bytes); // as validate reads it: bounded, strict UTF-8, a byte order mark kept out
			} catch (Utf8.NotUtf8 e) {
				context.err().println(Echo.longText(file) + ":" + e.line() + ":" + e.column() + ": " + Messages.error + " : " + e.getMessage());
				broken = true;
				continue;
			} catch (IOException e) {
				context.err().println(Inputs.unreadable(file, e));
				io = true;
				continue;
			}
			String formatted;
			try {
				formatted = texts.format(text, path.toAbsolutePath().toString());
			} catch (IllegalArgumentException e) {
				e.getMessage().lines().forEach(line -> context.err().println(Echo.longText(file) + " : " + line));
				broken = true;
				continue;
			}
			if (formatted.equals(text)) {
				continue;
			}
			unformatted = true;
			if (check) {
				context.out().println(NLS.bind(Messages.formatNotCanonical, Echo.longText(file)));
			} else {
				try {
					// only over the text read (another writer may have changed it since); a symbolic link stays one
					AtomicFiles.replace(path, version, formatted.getBytes(StandardCharsets.UTF_8));
					context.out().println(NLS.bind(Messages.formatWritten, Echo.longText(file)));
				} catch (IOException e) {
					context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(file), Echo.longText(String.valueOf(e.getMessage()))));
					io = true;
				}
			}
		}
		if (io) {
			return USAGE;
		}
		return broken || check && unformatted ? INPUT_ERRORS : OK;
	}
}
