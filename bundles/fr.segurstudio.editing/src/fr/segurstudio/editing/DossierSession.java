package fr.segurstudio.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import fr.segurstudio.dsl.DossierTexts;
import fr.segurstudio.dsl.model.TextEdit;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.json.ImportResult;
import fr.segurstudio.json.IssueCodes;
import fr.segurstudio.json.SourceMap;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.FileVersion;
import fr.segurstudio.model.asp.SameShape;
import fr.segurstudio.model.command.MergingCommandStack;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.model.issue.SourceLocation;
import fr.segurstudio.model.issue.SourceLocator;

/**
 * One open dossier: its model, the editing domain every change goes through (EMF commands, so undo and
 * redo are exact and the dirty flag is "the command stack is not at its save point"), and its file.
 * A .segur dossier is saved through the text updater (only the text of changed values changes; comments
 * and layout stay), an ASP JSON file in the canonical layout; both atomically. Not thread-safe: used from
 * one thread (the UI's); {@link #snapshot()} gives a copy other threads may validate.
 */
public final class DossierSession {

	/** What happened to a session, for its editors. */
	public enum Change {
		/** The model was replaced by the file's content (reload, or a save that could not keep the objects). */
		RELOADED,
		/** The file was written. */
		SAVED
	}

	/** Told of each change, on the thread that made it. */
	@FunctionalInterface
	public interface Listener {
		void changed(DossierSession session, Change change);
	}

	private final DossierSessions services;
	private final BasicCommandStack commandStack = new MergingCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Resource resource = new ResourceImpl();
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private Path file;
	private DossierFormat format;
	private Dossier dossier;
	private Couloir couloir;
	private DossierTexts.Parsed parsed;
	/** The text the trace of {@link #parsed} refers to: the file's as read or saved, or the text page's once adopted. */
	private String baseText;
	private ImportResult read;
	/** The file's content as this session last read or wrote it: a save writes over nothing else. */
	private FileVersion version;

	DossierSession(DossierSessions services, Path file, DossierFormat format) throws IOException {
		this.services = services;
		this.file = file;
		this.format = format;
		ComposedAdapterFactory adapters = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		this.domain = new AdapterFactoryEditingDomain(adapters, commandStack);
		domain.getResourceSet().getResources().add(resource);
		load();
	}

	private void load() throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		version = FileVersion.of(bytes);
		read(bytes);
	}

	/** The model of these bytes (the file's, or a text the session was given) replaces the session's. */
	private void read(byte[] bytes) throws IOException {
		resource.setURI(URI.createFileURI(file.toAbsolutePath().toString()));
		if (format == DossierFormat.SEGUR) {
			String text;
			try {
				text = Utf8.decode(bytes);
			} catch (Utf8.NotUtf8 e) {
				throw new IOException(file.getFileName() + " : " + e.getMessage(), e);
			}
			parsed = services.texts().parse(text, file.toAbsolutePath().toString());
			baseText = text;
			read = services.texts().read(parsed, file.getFileName().toString());
		} else {
			parsed = null;
			baseText = null;
			read = services.importer().read(bytes, file.getFileName().toString(), null);
		}
		dossier = read.dossier();
		couloir = read.couloir();
		resource.getContents().clear();
		if (dossier != null) {
			resource.getContents().add(dossier);
		}
	}

	public Path file() {
		return file;
	}

	public DossierFormat format() {
		return format;
	}

	/** The model; null when the file gives none (unreadable JSON, a text without a dossier). */
	public Dossier dossier() {
		return dossier;
	}

	/** The dossier's couloir, or null when it is not installed. */
	public Couloir couloir() {
		return couloir;
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	/** The problems met reading the file (syntax, unknown keys, values of the wrong type), placed in the file. */
	public List<Issue> readProblems() {
		return read.issues();
	}

	/** Where the values stood in the file last read or saved. */
	public SourceLocator locator() {
		return read.sourceMap();
	}

	/**
	 * The dossier as .segur text now: the text last read, saved or adopted, with only the text of what the
	 * model changed since (comments and layout kept); null for a JSON file.
	 */
	public String text() {
		if (format != DossierFormat.SEGUR) {
			return null;
		}
		return TextEdit.apply(baseText, services.texts().update(parsed));
	}

	/**
	 * The model's changes written into the text (the text page is shown): {@link #text()} becomes the text
	 * the model's trace refers to. Returns it.
	 */
	public String syncText() throws IOException {
		String text = text();
		rebind(text);
		return text;
	}

	/**
	 * A text the user edited becomes the dossier's: its model is merged into this session's (only what
	 * differs changes, as one command: one undo), and the text is the one the model's trace refers to.
	 *
	 * @return null when done; else the problems of a text that cannot be read whole (syntax errors): the
	 *         model is left as it was
	 */
	public List<Issue> adoptText(String text) throws IOException {
		return adoptText(text, null);
	}

	/**
	 * The same with the text already parsed (an editor's last check of it, handed over: this session owns it
	 * from now on), so that leaving the text page does not parse it again; null parses it.
	 */
	public List<Issue> adoptText(String text, DossierTexts.Parsed parsedText) throws IOException {
		DossierTexts.Parsed fresh = parsedText != null ? parsedText : services.texts().parse(text, file.toAbsolutePath().toString());
		if (fresh.built() == null || fresh.resource().getParseResult() == null || fresh.resource().getParseResult().hasSyntaxErrors()) {
			return services.texts().read(fresh, file.getFileName().toString()).issues();
		}
		CompoundCommand merge = ModelMerge.of(domain, dossier, fresh.built().dossier(), TEXT_EDITS);
		if (!merge.isEmpty() && merge.canExecute()) {
			commandStack.execute(merge);
		}
		rebind(text, fresh);
		return null;
	}

	/** The label of the command that carries a text's edits into the model. */
	public static final String TEXT_EDITS = "Modifications du texte";

	/** The parsed text of a .segur dossier, its trace on this session's objects; null for a JSON file. */
	public DossierTexts.Parsed parsed() {
		return parsed;
	}

	/**
	 * Why the dossier cannot be edited in the forms, or null when it can. Only what the model cannot hold makes it
	 * read-only: a file that gives no dossier, a text with syntax errors (the form would not know what the unread part
	 * says), a JSON file with a member the model does not keep (an unknown or doubled key, the blocks of an unknown
	 * couloir: saving would drop it). A value written in a form its field cannot hold is kept as written
	 * ({@link fr.segurstudio.model.asp.RawValues}) and saved back as it was until the user replaces it.
	 */
	public String readOnlyReason() {
		if (dossier == null) {
			return "le fichier ne donne aucun dossier : il n'est pas lisible comme " + (format == DossierFormat.SEGUR ? "dossier .segur" : "objet JSON")
					+ " (voir les problèmes)";
		}
		if (format == DossierFormat.SEGUR) {
			boolean clean = !parsed.resource().getParseResult().getSyntaxErrors().iterator().hasNext();
			return clean ? null : "le texte contient des erreurs de syntaxe : corrigez-les dans la page Texte";
		}
		return read.issues().stream().anyMatch(IssueCodes::leavesValueOut)
				? "le fichier contient des clés que le dossier ne peut pas garder (clé inconnue ou en double, couloir non reconnu : voir les problèmes) ;"
						+ " l'enregistrer les perdrait : corrigez-les dans un éditeur de texte"
				: null;
	}

	public boolean isDirty() {
		return commandStack.isSaveNeeded();
	}

	/** True when the file on disk is no longer what this session read or wrote (a git pull, another program). */
	public boolean changedOnDisk() {
		try {
			return !FileVersion.read(file).equals(version);
		} catch (IOException e) {
			return true;
		}
	}

	/**
	 * Writes the edited dossier into its file, atomically, under the lock of its folder, and only if the file
	 * is still the one this session read or wrote: else {@link AtomicFiles.Changed} (another program wrote it
	 * meanwhile: nothing is written over it; the editor asks, a command re-reads the file and applies its
	 * change again). Afterwards the session is at its save point. A .segur text gets only the edits of what
	 * changed.
	 */
	public void save() throws IOException {
		save(false);
	}

	/** Saves over whatever the file holds now: the user chose to replace a change made on disk. */
	public void saveReplacingDiskChange() throws IOException {
		save(true);
	}

	private void save(boolean replacing) throws IOException {
		if (format == DossierFormat.SEGUR) {
			List<TextEdit> edits = services.texts().update(parsed);
			String text = TextEdit.apply(baseText, edits);
			write(text.getBytes(StandardCharsets.UTF_8), replacing);
			rebind(text);
		} else {
			byte[] bytes = new AspJsonWriter().toBytes(dossier, AspJsonWriter.FAITHFUL);
			write(bytes, replacing);
			rebindJson(bytes);
		}
		commandStack.saveIsDone();
		fire(Change.SAVED);
	}

	/**
	 * A change another writer of this process made to the file on disk, under the lock of its folder, while
	 * this session was open (the record of a deposit, a returned file, a resubmission: {@code written} is what
	 * that writer read and what it wrote): applied to this session's model as well, outside the command stack
	 * (it cannot be undone: the file has it). When the session knew the file as it was before that write, the
	 * file as written becomes the one it knows, so that its next save neither asks nor loses the change;
	 * without edits of its own, the session then takes the written text as its base.
	 */
	public void absorb(Command change, Written written) throws IOException {
		if (change != null && change.canExecute()) {
			change.execute();
		}
		if (!written.before().equals(version)) {
			return; // the session was already behind the file: its next save says so
		}
		version = written.after();
		if (!isDirty() && format == DossierFormat.SEGUR) {
			byte[] bytes = Files.readAllBytes(file);
			if (FileVersion.of(bytes).equals(version)) {
				rebind(new String(bytes, StandardCharsets.UTF_8));
			}
		}
		fire(Change.SAVED);
	}

	/** What a writer read of a file and what it wrote there. */
	public record Written(Path file, FileVersion before, FileVersion after) {
	}

	/** The version of the file this session read or wrote last. */
	public FileVersion version() {
		return version;
	}

	/**
	 * Writes the dossier into another file, in a format of its own (an ASP JSON file saved as a .segur
	 * dossier: "Enregistrer comme dossier .segur"); the session then edits that file.
	 */
	public void saveAs(Path target, DossierFormat targetFormat) throws IOException {
		byte[] bytes = targetFormat == DossierFormat.SEGUR ? services.texts().write(dossier).getBytes(StandardCharsets.UTF_8)
				: new AspJsonWriter().toBytes(dossier, AspJsonWriter.FAITHFUL);
		AtomicFiles.write(target, bytes);
		file = target;
		format = targetFormat;
		resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
		version = FileVersion.of(bytes);
		if (targetFormat == DossierFormat.SEGUR) {
			rebind(new String(bytes, StandardCharsets.UTF_8));
		} else {
			parsed = null;
			baseText = null;
			rebindJson(bytes);
		}
		commandStack.saveIsDone();
		fire(Change.SAVED);
	}

	/** Forgets the edits and reads the file again; the model objects are new ones. */
	public void reload() throws IOException {
		load();
		commandStack.flush();
		fire(Change.RELOADED);
	}

	/** A copy of the dossier that another thread may validate, taken now. */
	public ValidationSnapshot snapshot() {
		return ValidationSnapshot.of(this);
	}

	/**
	 * The issues placed at their line and column in the file as last read or saved (a value added since is
	 * placed on its nearest object that the file has); their JSON path is kept. On the editing thread.
	 */
	public List<Issue> place(List<Issue> issues) {
		SourceLocator locator = locator();
		return issues.stream().map(issue -> {
			if (issue.target() == null) {
				return issue;
			}
			SourceLocation at = locator.locate(issue.target(), issue.feature(), issue.index());
			return issue.at(new SourceLocation(issue.location().path(), at.line(), at.column(), at.offset(), at.length()));
		}).toList();
	}

	/** The model's changes as commands: new request, duplicate, delete, status changes... */
	public DossierCommands commands() {
		return new DossierCommands(this);
	}

	DossierSessions services() {
		return services;
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void write(byte[] bytes, boolean replacing) throws IOException {
		version = AtomicFiles.replace(file, replacing ? FileVersion.read(file) : version, bytes);
	}

	/** The text just written becomes the session's, its trace carried onto the live objects. */
	private void rebind(String text) throws IOException {
		rebind(text, services.texts().parse(text, file.toAbsolutePath().toString()));
	}

	/** {@code fresh}: the parse of {@code text}, whose model has not been made the session's (it is copied). */
	private void rebind(String text, DossierTexts.Parsed fresh) throws IOException {
		DossierTexts.Parsed bound = services.texts().rebind(fresh, dossier);
		baseText = text;
		if (bound == null) {
			read(text.getBytes(StandardCharsets.UTF_8)); // the text's model has another shape than ours: take the text's
			commandStack.flush();
			fire(Change.RELOADED);
			return;
		}
		parsed = bound;
		read = services.texts().read(bound, file.getFileName().toString());
	}

	/** The JSON just written, read again for its positions, which are carried onto the live objects. */
	private void rebindJson(byte[] bytes) throws IOException {
		ImportResult fresh = services.importer().read(bytes, file.getFileName().toString(), null);
		Map<EObject, EObject> twins = new IdentityHashMap<>();
		boolean same = fresh.dossier() != null && SameShape.pair(fresh.dossier(), dossier, twins::put);
		if (!same || !(fresh.sourceMap() instanceof SourceMap map)) {
			load();
			commandStack.flush();
			fire(Change.RELOADED);
			return;
		}
		List<Issue> issues = fresh.issues().stream()
				.map(i -> i.target() == null ? i : i.on(twins.get(i.target()), i.feature(), i.index())).toList();
		read = new ImportResult(fresh.file(), fresh.tree(), dossier, couloir, issues, map.transfer(fresh.dossier(), dossier));
	}

	private void fire(Change change) {
		listeners.forEach(listener -> listener.changed(this, change));
	}
}
