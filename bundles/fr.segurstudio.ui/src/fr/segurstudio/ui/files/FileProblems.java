package fr.segurstudio.ui.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;

import fr.segurstudio.json.InputFiles;
import fr.segurstudio.json.Utf8;
import fr.segurstudio.ui.Messages;

/**
 * Why a file could not be read or written, in French, for a message that names the file itself: the system's
 * reasons (a full disk, rights, a file gone) said in the user's words, the product's own reasons (already French)
 * as they are.
 */
public final class FileProblems {

	private FileProblems() {
	}

	public static String reason(Throwable problem) {
		Throwable e = problem instanceof CoreException core && core.getStatus().getException() != null ? core.getStatus().getException() : problem;
		if (e.getCause() instanceof Utf8.NotUtf8 notUtf8) {
			return notUtf8.getMessage(); // where, and the encoding probably meant
		}
		if (e instanceof InputFiles.Refused) {
			return e.getMessage();
		}
		if (e instanceof NoSuchFileException) {
			return Messages.fileGone;
		}
		if (e instanceof AccessDeniedException) {
			return Messages.fileAccessDenied;
		}
		if (e instanceof NotDirectoryException) {
			return Messages.fileFolderGone;
		}
		String system = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
		String lower = system.toLowerCase(Locale.ROOT);
		if (lower.contains("no space left")) {
			return Messages.diskFull;
		}
		if (lower.contains("quota")) {
			return Messages.diskQuota;
		}
		if (lower.contains("read-only file system")) {
			return Messages.diskReadOnly;
		}
		if (lower.contains("is a directory")) {
			return Messages.fileIsFolder;
		}
		if (problem instanceof CoreException core && !(e instanceof IOException)) {
			return core.getStatus().getMessage();
		}
		return system;
	}
}
