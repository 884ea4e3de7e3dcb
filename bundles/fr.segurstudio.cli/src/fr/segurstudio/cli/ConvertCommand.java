package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur convert --to dsl|json --out DIR FILE...}: ASP JSON to .segur text (one per dossier; a file
 * whose requests have errors converts too, so that the user fixes it in the text), and .segur to ASP JSON
 * (the same content as the JSON it came from, for any valid file).
 */
final class ConvertCommand extends NamedCommand {

	ConvertCommand() {
		super("convert", Messages.convertSummary, Messages.convertHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--to", "--out", "--couloir"), Set.of("--force"));
		String to = arguments.value("--to");
		Map<String, Boolean> targets = Map.of("dsl", true, "segur", true, "json", false);
		if (to == null || !targets.containsKey(to)) {
			throw new UsageException(NLS.bind(Messages.badChoice, new Object[] { "--to", String.valueOf(to), "dsl, json" }));
		}
		boolean toText = targets.get(to);
		String out = arguments.value("--out");
		if (out == null) {
			throw new UsageException(Messages.exportNoOut);
		}
		Inputs inputs = new Inputs(context);
		Path outputDirectory = inputs.resolve(out);
		int failed = 0;
		boolean io = false;
		Set<Path> written = new HashSet<>();
		for (String file : arguments.files()) { // a usage error before anything is written
			if (Inputs.isText(file) == toText) {
				throw new UsageException(NLS.bind(Messages.convertSameFormat, Echo.text(file), to));
			}
		}
		for (String file : arguments.files()) {
			ImportResult result;
			try {
				result = inputs.read(file, arguments.value("--couloir"));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				io = true;
				continue;
			}
			result.issues().forEach(issue -> IssuePrinter.print(context.err(), file, issue));
			// a text that does not read entirely (syntax, unknown field) would give a partial JSON; a value of the wrong type
			// is kept as written and written back so
			boolean syntaxError = result.dossier() == null
					|| !toText && result.issues().stream().anyMatch(DossierTexts::leavesValueOut);
			// a JSON member the reader could not keep (unknown or doubled key) would be missing from the text: refused rather than dropped
			boolean valueLeftOut = toText && result.issues().stream().anyMatch(IssueCodes::leavesValueOut);
			if (syntaxError || valueLeftOut || result.couloir() == null) {
				context.err().println(NLS.bind(result.couloir() == null && result.dossier() != null ? Messages.convertNoCouloir
						: valueLeftOut ? Messages.convertValueLeftOut : Messages.convertFailed, Echo.longText(file)));
				failed++;
				continue;
			}
			String base = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
			Path target = outputDirectory.resolve(base + (toText ? "." + DossierTexts.FILE_EXTENSION : ".json"));
			if (!written.add(target)) { // a/x.json and b/x.json: the second would overwrite the first
				context.err().println(NLS.bind(Messages.convertCollision, Echo.longText(file), Echo.longText(target)));
				failed++;
				continue;
			}
			boolean force = arguments.flag("--force");
			if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) { // perhaps edited by hand since
				context.err().println(NLS.bind(Messages.convertExists, Echo.longText(file), Echo.longText(target)));
				io = true;
				continue;
			}
			try {
				byte[] bytes = Inputs.guard(file, () -> toText ? context.service(DossierTexts.class).write(result.dossier()).getBytes(StandardCharsets.UTF_8)
						: new AspJsonWriter().toBytes(result.dossier(), AspJsonWriter.FAITHFUL));
				if (force) {
					AtomicFiles.write(target, bytes);
				} else {
					AtomicFiles.create(target, bytes); // another convert may write the same name at the same instant
				}
				context.out().println(NLS.bind(Messages.convertWritten, Echo.longText(file), Echo.longText(target)));
			} catch (FileAlreadyExistsException e) {
				context.err().println(NLS.bind(Messages.convertExists, Echo.longText(file), Echo.longText(target)));
				io = true;
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				io = true;
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(target), Echo.longText(String.valueOf(e.getMessage()))));
				io = true;
			}
		}
		return io ? USAGE : failed > 0 ? INPUT_ERRORS : OK;
	}
}
