package fr.segurstudio.ui.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;

import fr.segurstudio.json.deposit.AtomicFiles;
import fr.segurstudio.json.deposit.FileVersion;
import fr.segurstudio.ui.Messages;

/**
 * The documents of the text editors (the platform's file buffers), written the way every file of this product is:
 * whole or not at all ({@link AtomicFiles#replace}: a temporary file forced to disk, then renamed, under the lock
 * of its folder), never the platform's
 * truncate-and-write that a full disk cuts in the middle. A failed save leaves the file as it was and says why in
 * French; a file changed on disk since it was read is not written over unless the editor says so (the
 * platform's "out of sync" status, which {@link SafeTextEditor} turns into a question with a compare).
 * Registered for .segur and .json files and for every workspace file (org.eclipse.ui.editors.documentProviders),
 * so that whichever text editor saves a file, this is how.
 */
public class AtomicTextDocumentProvider extends TextFileDocumentProvider {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Override
	protected DocumentProviderOperation createSaveOperation(Object element, IDocument document, boolean overwrite) throws CoreException {
		FileInfo info = getFileInfo(element);
		if (info != null && info.fTextFileBuffer.getDocument() != document) {
			return super.createSaveOperation(element, document, overwrite); // the platform's refusal: the target is open in another editor
		}
		Path path = EditorFiles.path(element);
		if (path == null) {
			return super.createSaveOperation(element, document, overwrite);
		}
		IFile file = element instanceof IFileEditorInput input ? input.getFile() : null;
		return new DocumentProviderOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				if (info != null) {
					commit(info, file, path, overwrite, monitor);
				} else {
					write(path, file, document.get(), charset(file, null), monitor); // a new file: Save As
				}
			}

			@Override
			public ISchedulingRule getSchedulingRule() {
				if (file == null) {
					return null;
				}
				IResourceRuleFactory rules = ResourcesPlugin.getWorkspace().getRuleFactory();
				return MultiRule.combine(file.exists() ? rules.modifyRule(file) : rules.createRule(file), rules.refreshRule(file));
			}
		};
	}

	/** The platform's commit, atomically: the buffer then knows the file as written, its text untouched. */
	private void commit(FileInfo info, IFile file, Path path, boolean overwrite, IProgressMonitor monitor) throws CoreException {
		ITextFileBuffer buffer = info.fTextFileBuffer;
		if (!overwrite && Files.exists(path) && !buffer.isSynchronized()) {
			throw new CoreException(new Status(IStatus.WARNING, getClass(), IResourceStatus.OUT_OF_SYNC_LOCAL,
					NLS.bind(Messages.fileChangedOnDisk, path.getFileName()), null));
		}
		if (info.fModel instanceof AbstractMarkerAnnotationModel model) {
			model.updateMarkers(buffer.getDocument());
		}
		write(path, file, buffer.getDocument().get(), charset(file, buffer.getEncoding()), monitor);
		// the file holds the document's text now: reading it back changes nothing in the document (no reload, the
		// caret and the undo history stay) and makes the buffer clean and in step with the file
		buffer.revert(monitor);
	}

	private static void write(Path path, IFile file, String text, Charset charset, IProgressMonitor monitor) throws CoreException {
		byte[] bytes = encode(text, charset, path);
		if (charset.equals(StandardCharsets.UTF_8) && startsWithBom(path)) {
			bytes = concat(UTF8_BOM, bytes); // kept as the file had it
		}
		try {
			// under the lock of its folder, as the command line's writers: none of them writes in between
			AtomicFiles.replace(path, FileVersion.read(path), bytes);
		} catch (IOException | RuntimeException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.saveFailedKept, path.getFileName(), FileProblems.reason(e)), e));
		}
		if (file != null) {
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		}
	}

	private static byte[] encode(String text, Charset charset, Path path) throws CoreException {
		try {
			ByteBuffer encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.encode(CharBuffer.wrap(text));
			return Arrays.copyOf(encoded.array(), encoded.limit());
		} catch (CharacterCodingException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.saveUnmappable, path.getFileName(), charset.name()), e));
		}
	}

	private static Charset charset(IFile file, String encoding) {
		try {
			String name = encoding != null ? encoding : file != null ? file.getCharset() : null;
			return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
		} catch (CoreException | IllegalArgumentException e) {
			return StandardCharsets.UTF_8;
		}
	}

	private static boolean startsWithBom(Path path) {
		try (var in = Files.newInputStream(path)) {
			return Arrays.equals(in.readNBytes(UTF8_BOM.length), UTF8_BOM);
		} catch (IOException e) {
			return false;
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
