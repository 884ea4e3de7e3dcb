package fr.segurstudio.lifecycle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import fr.segurstudio.editing.DossierSession;
import fr.segurstudio.editing.DossierSessions;
import fr.segurstudio.json.deposit.Deposit;
import fr.segurstudio.json.deposit.DepositResult;
import fr.segurstudio.json.deposit.FolderLock;
import fr.segurstudio.json.tree.JsonTreeReader;
import fr.segurstudio.json.tree.JsonValue;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.Dossier;

/**
 * A deposit and its record in the dossiers it came from, all or nothing (seed §1.2: the vendor keeps what
 * it deposited; a request deposited twice would be paid twice). The dossiers' folders are locked first
 * ({@link FolderLock#FILES}), what a killed run left is completed (in the dossiers' folders and in the deposit
 * folder), then the caller reads and checks its inputs under those locks ({@link Preparation}), the deposit is
 * written, and its record (DEPOSEE, file, day of each request: {@link DepositRecords}) is written into each
 * .segur file through the text updater, as part of the deposit's journal: a run killed or cancelled between
 * the deposit and its record leaves the record in the journal, and the next command that touches the deposit
 * folder or one of the dossiers writes it ({@link PendingRecords}). {@code segur export} runs it; the
 * workbench's export wizard gives the written versions to an editor open on a dossier
 * ({@link Result#absorbInto}), whose unsaved edits stay.
 */
public final class RecordedDeposit {

	/** An input of the deposit, and the .segur file its record goes into (null: a JSON file, or not recorded). */
	public record Input(Deposit.Source source, Path recordInto) {
	}

	/** Reads and checks the inputs, under the dossiers' locks; null or no input: nothing is deposited. */
	@FunctionalInterface
	public interface Preparation {
		List<Input> inputs() throws IOException;
	}

	/**
	 * What happened: the deposit (null when the preparation gave nothing), the records written, the entries to
	 * record per .segur file, and why the record of a file could not be written (the deposit is whole: its
	 * journal keeps the record for the next command that touches the deposit folder or the dossier).
	 */
	public record Result(DepositResult deposit, List<DossierSession.Written> recorded, Map<Path, List<DepositRecords.Entry>> entries,
			Map<Path, IOException> recordFailures) {

		/**
		 * Gives a dossier open in an editor the record written into its file: applied to its model as a change
		 * that cannot be undone, the written version becoming the one it knows (its unsaved edits stay).
		 */
		public void absorbInto(DossierSession open) throws IOException {
			Path file = open.file().toAbsolutePath().normalize();
			for (DossierSession.Written written : recorded) {
				if (written.file().toAbsolutePath().normalize().equals(file)) {
					open.absorb(DepositRecords.command(open, entries.getOrDefault(file, List.of())), written);
				}
			}
		}
	}

	private final DossierSessions services;
	private final PendingRecords pending;
	private Runnable onWait = () -> {
	};

	public RecordedDeposit(DossierSessions services) {
		this.services = services;
		this.pending = new PendingRecords(services);
	}

	/** Called once when another writer holds the dossiers' folders (the deposit's own wait is the Deposit's). */
	public RecordedDeposit onWait(Runnable action) {
		this.onWait = action;
		return this;
	}

	/** Told of each record a killed run left and this one completed: the dossier and how many requests. */
	public RecordedDeposit onCompleted(BiConsumer<Path, Integer> listener) {
		pending.onCompleted(listener);
		return this;
	}

	/**
	 * Locks the dossiers' folders, settles what killed runs left, prepares, deposits and records.
	 *
	 * @param deposit     the deposit, configured (wait, cancel); its record and completer are set here
	 * @param dossiers    the .segur files that may be recorded into (their folders are locked)
	 * @throws IOException when the deposit cannot be written (nothing of it remains)
	 */
	public Result run(Deposit deposit, Deposit.Options options, List<Path> dossiers, Preparation preparation) throws IOException {
		List<Path> folders = DossierUpdate.folders(dossiers);
		try (FolderLock lock = FolderLock.acquireAll(folders, FolderLock.FILES, onWait)) {
			pending.settle(folders);
			deposit.completingWith(pending::complete).settle(options.outputDirectory());
			List<Input> inputs = preparation.inputs();
			if (inputs == null || inputs.isEmpty()) {
				return new Result(null, List.of(), Map.of(), Map.of());
			}
			Journal journal = new Journal(inputs);
			deposit.recording(journal);
			DepositResult result;
			try {
				result = deposit.run(inputs.stream().map(Input::source).toList(), options);
			} catch (Deposit.RecordPending e) {
				result = e.result();
				if (journal.failures.isEmpty() && !journal.entries.isEmpty()) {
					journal.failures.put(journal.entries.keySet().iterator().next(), e);
				}
			} finally {
				journal.forgetIfNotPlaced();
			}
			return new Result(result, List.copyOf(journal.written), journal.entries, Map.copyOf(journal.failures));
		}
	}

	/** The record of one deposit: written to its journal, announced in the dossiers' folders, then written into them. */
	private final class Journal implements Deposit.Record {
		private final List<Input> inputs;
		private final Map<Path, List<DepositRecords.Entry>> entries = new LinkedHashMap<>();
		private final List<DossierSession.Written> written = new ArrayList<>();
		private final Map<Path, IOException> failures = new LinkedHashMap<>();
		private Path staging;
		private boolean placed;

		Journal(List<Input> inputs) {
			this.inputs = inputs;
		}

		@Override
		public byte[] journal(DepositResult result) {
			Map<Dossier, Path> files = new IdentityHashMap<>();
			inputs.stream().filter(i -> i.recordInto() != null).forEach(i -> files.put(i.source().dossier(), i.recordInto()));
			entries.clear();
			for (DepositResult.StatusChange change : result.statusChanges()) {
				Path file = files.get(EcoreUtil.getRootContainer(change.demande()));
				if (file != null) {
					entries.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ArrayList<>())
							.add(new DepositRecords.Entry(change.demande().getNumeroEditeur(), change.fichierDepot(), change.date()));
				}
			}
			return format(entries);
		}

		@Override
		public void announce(Path stagingFolder) throws IOException {
			this.staging = stagingFolder;
			for (Path folder : DossierUpdate.folders(entries.keySet())) {
				PendingRecords.add(folder, stagingFolder);
			}
		}

		@Override
		public void write(Path stagingFolder, DepositResult result) throws IOException {
			placed = true;
			for (Map.Entry<Path, List<DepositRecords.Entry>> entry : entries.entrySet()) {
				DossierUpdate.Outcome<Void> outcome = pending.record(entry.getKey(), entry.getValue());
				written.addAll(outcome.written());
				failures.putAll(outcome.failures());
			}
			if (!failures.isEmpty()) {
				throw failures.values().iterator().next(); // the journal keeps the record: the next command writes it
			}
			for (Path folder : DossierUpdate.folders(entries.keySet())) {
				PendingRecords.remove(folder, stagingFolder);
			}
		}

		/** A deposit that failed before its files were in place leaves no record to do: its announcements go. */
		void forgetIfNotPlaced() {
			if (staging != null && !placed && !Files.exists(staging)) {
				for (Path folder : DossierUpdate.folders(entries.keySet())) {
					try {
						PendingRecords.remove(folder, staging);
					} catch (IOException e) {
						// a stale announcement is dropped by the next command that reads it
					}
				}
			}
		}
	}

	/** {"dossiers": [{"fichier": "/…/x.segur", "demandes": [{"numeroEditeur", "fichierDepot", "dateDepot"}]}]} */
	static byte[] format(Map<Path, List<DepositRecords.Entry>> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
			g.writeStartObject();
			g.writeArrayFieldStart("dossiers");
			for (Map.Entry<Path, List<DepositRecords.Entry>> dossier : entries.entrySet()) {
				g.writeStartObject();
				g.writeStringField("fichier", dossier.getKey().toString());
				g.writeArrayFieldStart("demandes");
				for (DepositRecords.Entry entry : dossier.getValue()) {
					g.writeStartObject();
					g.writeStringField("numeroEditeur", entry.numeroEditeur());
					g.writeStringField("fichierDepot", entry.fichierDepot());
					g.writeStringField("dateDepot", AspValues.formatDate(entry.dateDepot()));
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The entries of a journal; a journal that does not read gives none. */
	static Map<Path, List<DepositRecords.Entry>> parse(byte[] journal) {
		Map<Path, List<DepositRecords.Entry>> entries = new LinkedHashMap<>();
		try {
			JsonValue.JsonObject root = (JsonValue.JsonObject) new JsonTreeReader().read(journal);
			for (JsonValue d : ((JsonValue.JsonArray) root.member("dossiers").value()).elements()) {
				JsonValue.JsonObject dossier = (JsonValue.JsonObject) d;
				List<DepositRecords.Entry> list = new ArrayList<>();
				for (JsonValue r : ((JsonValue.JsonArray) dossier.member("demandes").value()).elements()) {
					JsonValue.JsonObject request = (JsonValue.JsonObject) r;
					list.add(new DepositRecords.Entry(text(request, "numeroEditeur"), text(request, "fichierDepot"),
							AspValues.parseDate(text(request, "dateDepot"))));
				}
				entries.put(Path.of(text(dossier, "fichier")), list);
			}
		} catch (Exception e) { // a damaged journal: its deposit is in place, its record cannot be known
			return Map.of();
		}
		return entries;
	}

	private static String text(JsonValue.JsonObject object, String key) {
		return ((JsonValue.JsonString) object.member(key).value()).value();
	}
}
