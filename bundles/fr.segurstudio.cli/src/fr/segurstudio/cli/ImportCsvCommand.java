package fr.segurstudio.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.json.InputFiles;
import fr.segurstudio.lifecycle.csv.CsvImport;
import fr.segurstudio.lifecycle.csv.CsvMapping;
import fr.segurstudio.lifecycle.csv.CsvTable;
import fr.segurstudio.lifecycle.csv.ImportFiles;
import fr.segurstudio.lifecycle.csv.VendorNumbers;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Echo;

/**
 * {@code segur import-csv --mapping MAPPING.json --out DIR [--encoding E] [--separator S] [--max-demandes N]
 * [--verbose] CSV...}: spreadsheet exports turned into .segur dossiers (canonical layout) by a mapping, then
 * validated as {@code validate} does. The mapping is checked against the couloir and the CSV's columns, and
 * the CSV's rows against its header, before anything is written; a dossier whose requests have errors is
 * written all the same (exit 1): the text is where users fix them. The dossiers are split at the portal's
 * 200 requests, built and written part by part on the command's threads, and published all or none.
 */
final class ImportCsvCommand extends NamedCommand {

	ImportCsvCommand() {
		super("import-csv", Messages.importCsvSummary, Messages.importCsvHelp);
	}

	/** One part built and staged: its model (for the validation of all), its name, its problems and changes. */
	private record Staged(CsvImport.Part part, String name, Dossier dossier, List<CsvImport.Problem> problems, List<CsvImport.Change> changes) {
	}

	@Override
	public int run(List<String> args, CliContext context) {
		Arguments arguments = new Arguments(args, Set.of("--mapping", "--out", "--encoding", "--separator", "--max-demandes"), Set.of("--verbose"));
		String mappingFile = arguments.value("--mapping");
		String out = arguments.value("--out");
		if (mappingFile == null || out == null) {
			throw new UsageException(Messages.importCsvOptions);
		}
		char separator = separator(arguments.value("--separator"));
		int maxRequests = maxRequests(arguments.value("--max-demandes"));
		boolean verbose = arguments.flag("--verbose");
		Inputs inputs = new Inputs(context);
		CsvMapping mapping;
		try {
			mapping = CsvMapping.read(mappingFile, bytes(inputs, mappingFile));
		} catch (Inputs.Unreadable e) {
			context.err().println(e.getMessage());
			return USAGE;
		} catch (CsvMapping.Invalid e) {
			e.problems().forEach(context.err()::println);
			return INPUT_ERRORS;
		}
		CouloirRegistry registry = context.service(CouloirRegistry.class);
		CsvImport importer = new CsvImport(mapping, registry);
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (String csv : arguments.files()) {
			CsvTable table;
			try {
				table = CsvTable.read(csv, bytes(inputs, csv), arguments.value("--encoding"), separator);
			} catch (Inputs.Unreadable e) {
				context.err().println(e.getMessage());
				return USAGE;
			} catch (CsvTable.Malformed e) {
				problems.addAll(e.problems());
				continue;
			} catch (IllegalArgumentException e) {
				problems.add(csv + " : " + e.getMessage());
				continue;
			}
			context.err().println(NLS.bind(Messages.importCsvRead, new Object[] { csv, table.encoding(), table.separatorName(),
					table.rows().size(), table.headers().size() }));
			problems.addAll(importer.check(table));
			tables.put(csv, table);
		}
		if (!problems.isEmpty()) {
			return refused(problems, context);
		}
		Path directory = inputs.resolve(out);
		try (ImportFiles files = new ImportFiles(directory)) {
			// the folder's dossiers read (their numbers are taken) and the new ones published under its lock: a
			// resubmission or another import there at the same time never hands out the same numbers
			try {
				files.lock(() -> {
					context.err().println(Messages.dossiersWaiting);
					context.err().flush();
				});
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotWrite, Echo.longText(out), Echo.longText(String.valueOf(e.getMessage()))));
				return USAGE;
			}
			List<Dossier> existing = existing(directory, context);
			VendorNumbers numbers = new VendorNumbers(existing);
			List<CsvImport.Plan> plans = new ArrayList<>();
			for (CsvTable table : tables.values()) {
				CsvImport.Plan plan = importer.plan(table, maxRequests, numbers);
				problems.addAll(plan.refusals());
				plans.add(plan);
			}
			if (!problems.isEmpty()) {
				return refused(problems, context);
			}
			List<String> names = ImportFiles.names(plans);
			List<CsvImport.Part> parts = plans.stream().flatMap(p -> p.parts().stream()).toList();
			List<String> taken = files.existing(names);
			if (!taken.isEmpty()) {
				return exists(Path.of(out).resolve(taken.get(0)).toString(), context);
			}
			DossierTexts texts = context.service(DossierTexts.class);
			List<Integer> indexes = IntStream.range(0, parts.size()).boxed().toList();
			List<PerFile.Outcome<Staged>> outcomes = PerFile.map(indexes, i -> {
				String name = Path.of(out).resolve(names.get(i)).toString();
				List<CsvImport.Problem> partProblems = new ArrayList<>();
				List<CsvImport.Change> changes = new ArrayList<>();
				CsvImport.Built built;
				byte[] text;
				try {
					built = importer.build(parts.get(i), partProblems, changes);
					text = CsvImport.withNotes(texts.write(built.dossier()), built.notes()).getBytes(StandardCharsets.UTF_8);
				} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
					throw new Inputs.Unreadable(NLS.bind(Messages.importCsvFailed, name, Failures.describe(e)));
				}
				try {
					files.stage(names.get(i), text);
				} catch (IOException e) {
					throw new Inputs.Unreadable(NLS.bind(Messages.cannotWrite, name, Echo.text(String.valueOf(e.getMessage()))));
				}
				return new Staged(parts.get(i), names.get(i), built.dossier(), partProblems, changes);
			});
			List<Staged> staged = new ArrayList<>();
			for (PerFile.Outcome<Staged> outcome : outcomes) {
				if (outcome.failure() != null) {
					context.err().println(outcome.failure().getMessage());
					context.err().println(Messages.importCsvNothingWritten);
					return USAGE;
				}
				staged.add(outcome.value());
			}
			try {
				files.publish();
			} catch (FileAlreadyExistsException e) {
				return exists(Path.of(out).resolve(Path.of(e.getFile()).getFileName()).toString(), context);
			} catch (IOException e) {
				context.err().println(NLS.bind(Messages.cannotWrite, out, Echo.text(String.valueOf(e.getMessage()))));
				context.err().println(Messages.importCsvNothingWritten);
				return USAGE;
			}
			return report(plans, staged, out, existing, verbose, context);
		}
	}

	/** What the import did: each table's problems and changes, each file written, its validation, the summary line. */
	private static int report(List<CsvImport.Plan> plans, List<Staged> staged, String out, List<Dossier> existing, boolean verbose,
			CliContext context) {
		boolean cellErrors = false;
		int changes = 0;
		for (CsvImport.Plan plan : plans) {
			List<CsvImport.Problem> problems = new ArrayList<>(plan.problems());
			List<CsvImport.Change> changed = new ArrayList<>(plan.changes());
			staged.stream().filter(s -> s.part().table() == plan.table()).forEach(s -> {
				problems.addAll(s.problems());
				changed.addAll(s.changes());
			});
			problems.sort(Comparator.comparingInt(CsvImport.Problem::line));
			for (CsvImport.Problem problem : problems) {
				context.err().println(problem);
				cellErrors |= problem.error();
			}
			changes += changed.size();
			if (verbose) {
				changed.sort(Comparator.comparingInt(CsvImport.Change::line));
				changed.forEach(change -> context.err().println(change));
			}
		}
		int requests = 0;
		for (Staged file : staged) {
			requests += file.dossier().getDemandes().size();
			context.out().println(NLS.bind(Messages.importCsvWritten, new Object[] { file.part().table().file(), Path.of(out).resolve(file.name()),
					file.dossier().getDemandes().size() }));
		}
		boolean invalid = new ImportValidation(context, existing).validate(staged.stream().map(Staged::dossier).toList(),
				staged.stream().map(s -> Path.of(out).resolve(s.name()).toString()).toList());
		int rows = plans.stream().mapToInt(p -> p.table().rows().size()).sum();
		context.out().println(NLS.bind(Messages.importCsvDone, new Object[] { rows, requests, staged.size(), changes,
				changes > 0 && !verbose ? Messages.importCsvChangesHint : "" }));
		return invalid || cellErrors ? INPUT_ERRORS : OK;
	}

	private static int refused(List<String> problems, CliContext context) {
		problems.stream().distinct().forEach(context.err()::println);
		context.err().println(Messages.importCsvNothingWritten);
		return INPUT_ERRORS;
	}

	private static int exists(String name, CliContext context) {
		context.err().println(NLS.bind(Messages.importCsvExists, Echo.text(name)));
		context.err().println(Messages.importCsvNothingWritten);
		return USAGE;
	}

	/** The dossiers already in the output folder (their numbers are taken). */
	private static List<Dossier> existing(Path directory, CliContext context) {
		try {
			return ImportFiles.dossiersIn(directory, context.service(DossierTexts.class));
		} catch (IOException e) {
			context.err().println(NLS.bind(Messages.cannotRead, directory, e.getMessage()));
			return List.of();
		}
	}

	private static byte[] bytes(Inputs inputs, String file) throws Inputs.Unreadable {
		try {
			return InputFiles.read(inputs.resolve(file)); // bounded, regular files only, as every input
		} catch (IOException e) {
			throw new Inputs.Unreadable(Inputs.unreadable(file, e));
		}
	}

	private static char separator(String value) {
		if (value == null) {
			return 0;
		}
		return switch (value) {
		case ";" -> ';';
		case "," -> ',';
		case "tab", "\\t", "\t" -> '\t';
		default -> throw new UsageException(NLS.bind(Messages.badChoice, new Object[] { "--separator", Echo.text(value), "; , tab" }));
		};
	}

	private static int maxRequests(String value) {
		if (value == null) {
			return CsvImport.PORTAL_MAX;
		}
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(NLS.bind(Messages.importCsvBadMax, Echo.text(value), CsvImport.PORTAL_MAX));
	}
}
