package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * {@code segur export --out DIR [--date AAAAMMJJ] [--zip] FILE...}: reads the files and writes the
 * deposit (JSON files of at most 200 requests, supporting documents, manifests). Input with errors is
 * not exported unless {@code --force}: a rejected request costs a new numeroEditeur.
 */
final class ExportCommand implements CliCommand {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return Messages.exportSummary;
	}

	@Override
	public String help() {
		return Messages.exportHelp;
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--out", "--date", "--couloir"), Set.of("--zip", "--force"));
		String out = arguments.value("--out");
		if (out == null) {
			throw new UsageException(Messages.exportNoOut);
		}
		LocalDate date = date(arguments.value("--date"));
		Inputs inputs = new Inputs(context);
		List<ImportResult> imported = new ArrayList<>();
		for (String file : arguments.files()) {
			try {
				imported.add(inputs.read(file, arguments.value("--couloir")));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return USAGE;
			}
		}
		// the same checks as segur validate: a rejected request costs a new numeroEditeur
		List<Dossier> dossiers = imported.stream().map(ImportResult::dossier).filter(Objects::nonNull).toList();
		ValidationContext validation = new ValidationContext(dossiers, ProfilsDeclares.userSettings(), null, false);
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), context.service(CouloirRegistry.class));
		List<Deposit.Source> sources = new ArrayList<>();
		int errors = 0;
		for (ImportResult result : imported) {
			FileReport report = validator.validate(result, Mode.ALL, validation);
			for (Issue issue : report.errors()) {
				IssuePrinter.print(context.err(), result.file(), issue);
			}
			for (FileReport.RequestReport request : report.requests()) {
				String where = IssuePrinter.request(report.file(), request);
				request.issues().forEach(issue -> context.err().println(IssuePrinter.line(result.file(), issue, where)));
			}
			errors += (int) report.errors().stream().filter(Issue::isError).count();
			errors += (int) report.requests().stream().flatMap(r -> r.issues().stream()).filter(Issue::isError).count();
			if (result.dossier() != null) {
				sources.add(new Deposit.Source(result.dossier(), inputs.resolve(result.file()).toAbsolutePath().getParent()));
			}
		}
		if (errors > 0 && !arguments.flag("--force") || sources.size() < imported.size()) {
			context.err().println(NLS.bind(Messages.exportCancelled, errors));
			return INPUT_ERRORS;
		}
		DepositResult result;
		Path outputDirectory = inputs.resolve(out);
		try {
			result = new Deposit().run(sources, new Deposit.Options(outputDirectory, date, arguments.flag("--zip")));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotWrite, out, e.getMessage()));
			return USAGE;
		}
		for (Issue problem : result.problems()) {
			context.err().println((problem.isError() ? Messages.error : Messages.warning) + " : " + problem.message());
		}
		if (!result.written()) {
			context.err().println(Messages.exportNothingWritten);
			return INPUT_ERRORS;
		}
		for (DepositResult.File file : result.files()) {
			context.out().println(NLS.bind(Messages.exportWritten, new Object[] { outputDirectory.resolve(file.name()),
					file.requests().size(), String.join(", ", file.containers()) }));
		}
		return OK;
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return LocalDate.now();
		}
		try {
			return LocalDate.parse(text, DAY);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.badDate, text));
		}
	}
}
