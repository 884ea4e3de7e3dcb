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
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.PieceFiles;
import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.lifecycle.RecordedDeposit;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.validation.DossierValidator;
import fr.segurstudio.validation.ProfilsDeclares;
import fr.segurstudio.validation.ValidationContext;
import fr.segurstudio.validation.json.FileReport;
import fr.segurstudio.validation.json.FileValidator;
import fr.segurstudio.validation.json.Mode;

/**
 * {@code segur export --out DIR [--date AAAAMMJJ] [--zip] [--toutes] [--no-record] FILE...}: reads the files
 * and writes the deposit (JSON files of at most 200 requests, supporting documents, manifests). Input with
 * errors is not exported unless {@code --force}: a rejected request costs a new numeroEditeur. From a .segur
 * dossier only the drafts go (unless {@code --toutes}), and the deposit is recorded in it (DEPOSEE, file,
 * day; unless {@code --no-record}); JSON inputs are never modified.
 */
final class ExportCommand extends NamedCommand {

	/** A deposit day is a real day of the portal's time: the years a {@code --date} may name. */
	private static final int FIRST_YEAR = 2000;
	private static final int LAST_YEAR = 2099;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

	ExportCommand() {
		super("export", Messages.exportSummary, Messages.exportHelp);
	}

	/** What the preparation decided, read after the deposit: an exit code when nothing is deposited, the sources. */
	private static final class Prepared {
		Integer exit;
		final List<Deposit.Source> sources = new ArrayList<>();
		final List<ImportResult> inputs = new ArrayList<>();
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--out", "--date", "--couloir"),
				Set.of("--zip", "--force", "--toutes", "--no-record", "--verbose", PieceFiles.OUTSIDE_OPTION));
		String out = arguments.value("--out");
		if (out == null) {
			throw new UsageException(Messages.exportNoOut);
		}
		LocalDate date = date(arguments.value("--date"));
		Inputs inputs = new Inputs(context);
		boolean record = !arguments.flag("--no-record");
		// the dossiers the deposit is recorded into: their folders are locked before they are read
		List<Path> dossiers = record ? arguments.files().stream().filter(Inputs::isText).map(f -> inputs.resolve(f).toAbsolutePath()).toList()
				: List.of();
		Path outputDirectory = inputs.resolve(out);
		Deposit deposit = new Deposit().onWait(() -> {
			context.err().println(NLS.bind(Messages.exportWaiting, Echo.longText(out)));
			context.err().flush(); // said now: the wait may be long
		});
		Deposit.Options options = new Deposit.Options(outputDirectory, date, arguments.flag("--zip"))
				.allowingPiecesOutside(arguments.flag(PieceFiles.OUTSIDE_OPTION));
		Prepared prepared = new Prepared();
		RecordedDeposit.Result recorded;
		try {
			recorded = new RecordedDeposit(context.service(DossierSessions.class)).onWait(() -> {
				context.err().println(Messages.dossiersWaiting);
				context.err().flush();
			}).onCompleted((file, count) -> context.err().println(NLS.bind(Messages.exportRecordCompleted, Echo.longText(file), count)))
					.run(deposit, options, dossiers, () -> prepare(arguments, inputs, record, context, prepared));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(out), Echo.longText(String.valueOf(e.getMessage()))));
			return USAGE;
		}
		if (prepared.exit != null) {
			return prepared.exit;
		}
		DepositResult result = recorded.deposit();
		problems(result.problems(), prepared.sources, out, arguments.flag("--verbose"), context);
		if (!result.written()) {
			context.err().println(Messages.exportNothingWritten);
			return INPUT_ERRORS;
		}
		for (DepositResult.File file : result.files()) {
			context.out().println(NLS.bind(Messages.exportWritten, new Object[] { Echo.longText(outputDirectory.resolve(file.name())),
					file.requests().size(), Echo.longText(String.join(", ", file.containers())) }));
		}
		boolean ok = true;
		for (ImportResult input : prepared.inputs) {
			Path file = inputs.resolve(input.file()).toAbsolutePath().normalize();
			List<DepositRecords.Entry> entries = recorded.entries().get(file);
			if (entries == null) {
				continue;
			}
			IOException failure = recorded.recordFailures().get(file);
			if (failure != null) {
				context.err().println(NLS.bind(Messages.exportRecordFailed, Echo.longText(input.file()), Echo.longText(String.valueOf(failure.getMessage()))));
				ok = false;
			} else {
				context.err().println(NLS.bind(Messages.exportRecorded, new Object[] { Echo.longText(input.file()), entries.size(),
						entries.stream().map(DepositRecords.Entry::fichierDepot).distinct().collect(Collectors.joining(", ")) }));
			}
		}
		return ok ? OK : USAGE;
	}

	/**
	 * Reads and checks the inputs, under the locks of the dossiers' folders, saying what it skips and every
	 * problem: the sources to deposit, or null with the exit code set when nothing is to be deposited.
	 */
	private static List<RecordedDeposit.Input> prepare(Arguments arguments, Inputs inputs, boolean record, CliContext context,
			Prepared prepared) {
		List<ImportResult> imported = new ArrayList<>();
		boolean unreadable = false;
		// every file is read once (the checks below take the model read here) and reported, even after one that cannot be
		for (PerFile.Outcome<ImportResult> read : PerFile.map(arguments.files(), file -> inputs.read(file, arguments.value("--couloir")))) {
			if (read.failure() == null) {
				imported.add(read.value());
			} else {
				context.err().println(read.failure().getMessage());
				unreadable = true;
			}
		}
		// from a dossier, only what was never deposited: a second deposit would be paid twice
		DepositRecords.Skipped skipped = DepositRecords.Skipped.none();
		List<ImportResult> exported = new ArrayList<>();
		for (ImportResult result : imported) {
			if (result.dossier() != null && Inputs.isText(result.file()) && !arguments.flag("--toutes")) {
				skipped = skipped.plus(DepositRecords.keepDrafts(result.dossier()));
				if (result.dossier().getDemandes().isEmpty() && !result.hasErrors()) {
					continue;
				}
			}
			exported.add(result);
		}
		if (skipped.count() > 0) {
			context.err().println(skipped(skipped));
		}
		if (exported.isEmpty() && !unreadable) {
			context.err().println(Messages.exportNothingToDo);
			prepared.exit = OK;
			return null;
		}
		imported = exported;
		// the same checks as segur validate: a rejected request costs a new numeroEditeur
		List<Dossier> dossiers = imported.stream().map(ImportResult::dossier).filter(Objects::nonNull).toList();
		ValidationContext validation = new ValidationContext(dossiers, ProfilsDeclares.userSettings(), null, false);
		FileValidator validator = new FileValidator(context.service(DossierValidator.class), context.service(CouloirRegistry.class));
		List<RecordedDeposit.Input> sources = new ArrayList<>();
		int errors = 0;
		// the issues' lines are written in the worker too: placing 10,000 issues at their line and column is work
		List<PerFile.Outcome<Checked>> checked = PerFile.map(imported, result -> Inputs.guard(result.file(), () -> {
			FileReport report = validator.validate(result, Mode.ALL, validation);
			return new Checked(report, lines(result.file(), report));
		}));
		for (int i = 0; i < imported.size(); i++) {
			ImportResult result = imported.get(i);
			if (checked.get(i).failure() != null) {
				context.err().println(checked.get(i).failure().getMessage());
				unreadable = true;
				continue;
			}
			FileReport report = checked.get(i).value().report();
			checked.get(i).value().lines().forEach(context.err()::println);
			errors += (int) report.errors().stream().filter(Issue::isError).count();
			errors += (int) report.requests().stream().flatMap(r -> r.issues().stream()).filter(Issue::isError).count();
			if (result.dossier() != null) {
				Path file = inputs.resolve(result.file()).toAbsolutePath();
				Deposit.Source source = new Deposit.Source(result.dossier(), file.getParent(), result.file());
				sources.add(new RecordedDeposit.Input(source, record && Inputs.isText(result.file()) ? file.normalize() : null));
				prepared.sources.add(source);
				prepared.inputs.add(result);
			}
		}
		if (unreadable) {
			context.err().println(Messages.exportNothingWritten);
			prepared.exit = USAGE;
			return null;
		}
		// --force exports values the rules reject exactly as read, those kept as written included; never a file whose
		// model lacks something it says (unknown or doubled key, syntax) or would write a key otherwise
		List<String> misread = imported.stream().filter(r -> r.issues().stream().anyMatch(r.isJson() ? IssueCodes::writtenOtherwise
				: DossierTexts::leavesValueOut)).map(r -> Echo.longText(r.file())).toList();
		if (!misread.isEmpty()) {
			context.err().println(NLS.bind(Messages.exportMisread, String.join(", ", misread)));
			prepared.exit = INPUT_ERRORS;
			return null;
		}
		if (errors > 0 && !arguments.flag("--force") || sources.size() < imported.size()) {
			context.err().println(NLS.bind(Messages.exportCancelled, errors));
			prepared.exit = INPUT_ERRORS;
			return null;
		}
		return sources;
	}

	/**
	 * The deposit's problems, one line each, except the pieces without an attached file: a deposit of 10,000
	 * requests may have 14,000 of them, which then make one line after the others (every one with
	 * {@code --verbose}, or when there is only one).
	 */
	/** A file's report, and the lines that say its issues. */
	private record Checked(FileReport report, List<String> lines) {
	}

	private static List<String> lines(String file, FileReport report) {
		List<String> lines = new ArrayList<>();
		for (Issue issue : report.errors()) {
			lines.add(IssuePrinter.line(file, issue));
		}
		for (FileReport.RequestReport request : report.requests()) {
			String where = request.issues().isEmpty() ? null : IssuePrinter.request(report.file(), request);
			request.issues().forEach(issue -> lines.add(IssuePrinter.line(file, issue, where)));
		}
		return lines;
	}

	private static void problems(List<Issue> problems, List<Deposit.Source> sources, String out, boolean verbose, CliContext context) {
		long absent = problems.stream().filter(p -> IssueCodes.DEPOT_PIECE_ABSENTE.equals(p.code())).count();
		boolean summary = absent > 1 && !verbose;
		for (Issue problem : problems) {
			if (!summary || !IssueCodes.DEPOT_PIECE_ABSENTE.equals(problem.code())) {
				context.err().println(IssuePrinter.line(fileOf(problem, sources, out), problem));
			}
		}
		if (summary) {
			context.err().println(NLS.bind(Messages.exportPiecesAbsent, absent));
		}
	}

	/** One line: how many requests were left out and why, REJETEE ones pointed to segur resoumettre. */
	private static String skipped(DepositRecords.Skipped skipped) {
		List<String> parts = new ArrayList<>();
		List<String> deposited = new ArrayList<>();
		for (StatutDemande statut : List.of(StatutDemande.DEPOSEE, StatutDemande.ACCEPTEE)) {
			if (skipped.count(statut) > 0) {
				deposited.add(skipped.count(statut) + " " + statut.getLiteral());
			}
		}
		if (!deposited.isEmpty()) {
			parts.add(NLS.bind(Messages.exportSkippedDeposited, String.join(", ", deposited)));
		}
		List<String> rejected = skipped.byStatus().getOrDefault(StatutDemande.REJETEE, List.of());
		if (!rejected.isEmpty()) {
			parts.add(NLS.bind(Messages.exportSkippedRejected, rejected.size(), Messages.abbreviate(rejected)));
		}
		return NLS.bind(Messages.exportSkipped, skipped.count(), String.join(" ; ", parts));
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
