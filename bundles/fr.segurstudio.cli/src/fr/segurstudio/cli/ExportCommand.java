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

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.model.issue.Echo;

import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.PieceFiles;
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
final class ExportCommand extends NamedCommand {

	/** A deposit day is a real day of the portal's time: the years a {@code --date} may name. */
	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2099;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	ExportCommand() {
		super("export", Messages.exportSummary, Messages.exportHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--out", "--date", "--couloir"), Set.of("--zip", "--force", PieceFiles.OUTSIDE_OPTION));
		String out = arguments.value("--out");
		if (out == null) {
			throw new UsageException(Messages.exportNoOut);
		}
		LocalDate date = date(arguments.value("--date"));
		Inputs inputs = new Inputs(context);
		List<ImportResult> imported = new ArrayList<>();
		boolean unreadable = false;
		for (String file : arguments.files()) { // every file is read and reported, even after one that cannot be
			try {
				imported.add(inputs.read(file, arguments.value("--couloir")));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				unreadable = true;
			}
		}
		// the same checks as segur validate: a rejected request costs a new numeroEditeur
		List<Dossier> dossiers = imported.stream().map(ImportResult::dossier).filter(Objects::nonNull).toList();
		ValidationContext validation = new ValidationContext(dossiers, ProfilsDeclares.userSettings(), null, false);
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), context.service(CouloirRegistry.class));
		List<Deposit.Source> sources = new ArrayList<>();
		int errors = 0;
		for (ImportResult result : imported) {
			FileReport report;
			try {
				report = Inputs.guard(result.file(), () -> validator.validate(result, Mode.ALL, validation));
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				unreadable = true;
				continue;
			}
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
				sources.add(new Deposit.Source(result.dossier(), inputs.resolve(result.file()).toAbsolutePath().getParent(), result.file()));
			}
		}
		if (unreadable) {
			context.err().println(Messages.exportNothingWritten);
			return USAGE;
		}
		// --force exports values the rules reject, exactly as read; never a value the reader could not take as written
		List<String> misread = imported.stream().filter(ImportResult::hasErrors).map(ImportResult::file).toList();
		if (!misread.isEmpty()) {
			context.err().println(NLS.bind(Messages.exportMisread, String.join(", ", misread)));
			return INPUT_ERRORS;
		}
		if (errors > 0 && !arguments.flag("--force") || sources.size() < imported.size()) {
			context.err().println(NLS.bind(Messages.exportCancelled, errors));
			return INPUT_ERRORS;
		}
		DepositResult result;
		Path outputDirectory = inputs.resolve(out);
		try {
			result = new Deposit().onWait(() -> context.err().println(NLS.bind(Messages.exportWaiting, out)))
					.run(sources, new Deposit.Options(outputDirectory, date, arguments.flag("--zip"))
							.allowingPiecesOutside(arguments.flag(PieceFiles.OUTSIDE_OPTION)));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotWrite, out, e.getMessage()));
			return USAGE;
		}
		for (Issue problem : result.problems()) {
			context.err().println(IssuePrinter.line(fileOf(problem, sources, out), problem));
		}
		if (!result.written()) {
			context.err().println(Messages.exportNothingWritten);
			return INPUT_ERRORS;
		}
		result.statusChanges().forEach(DepositResult.StatusChange::apply);
		for (DepositResult.File file : result.files()) {
			context.out().println(NLS.bind(Messages.exportWritten, new Object[] { outputDirectory.resolve(file.name()),
					file.requests().size(), String.join(", ", file.containers()) }));
		}
		return OK;
	}

	/** The input a deposit problem is about (from its target's dossier), or the output folder. */
	private static String fileOf(Issue problem, List<Deposit.Source> sources, String out) {
		if (problem.target() != null) {
			EObject root = EcoreUtil.getRootContainer(problem.target());
			for (Deposit.Source source : sources) {
				if (source.dossier() == root) {
					return source.name();
				}
			}
		}
		return out;
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return LocalDate.now();
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text, DAY);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.badDate, Echo.text(text)));
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) { // 00000101 parses, but names no deposit day
			throw new UsageException(NLS.bind(Messages.badDate, Echo.text(text)));
		}
		return date;
	}
}
