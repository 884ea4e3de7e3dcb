package fr.segurstudio.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;

/**
 * A result never silently cut short: a PrintStream swallows write errors (a full disk, a pipe whose reader
 * closed, /dev/full), so the command line's own streams record the first one, and the call's exit code is then
 * 2 with a French line on stderr (when stderr itself fails, the code alone says it). The resident process's
 * client does the same with the bytes it writes (the start script).
 */
final class WriteFailures {

	private WriteFailures() {
	}

	/** An output stream that remembers its first write error. */
	static final class Recording extends FilterOutputStream {
		private volatile IOException failure;

		Recording(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			try {
				out.write(b);
			} catch (IOException e) {
				throw failed(e);
			}
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			try {
				out.write(b, off, len);
			} catch (IOException e) {
				throw failed(e);
			}
		}

		@Override
		public void flush() throws IOException {
			try {
				out.flush();
			} catch (IOException e) {
				throw failed(e);
			}
		}

		private IOException failed(IOException e) {
			if (failure == null) {
				failure = e;
			}
			return e;
		}

		IOException failure() {
			return failure;
		}
	}

	/** The call's exit code once its output is flushed: 2, said on stderr, when stdout or stderr lost bytes. */
	static int exitCode(int code, Recording stdout, Recording stderr, PrintStream err) {
		if (stdout.failure() != null) {
			err.println(NLS.bind(Messages.stdoutFailed, reason(stdout.failure())));
			err.flush();
		}
		return stdout.failure() != null || stderr.failure() != null ? CliCommand.USAGE : code;
	}

	/** The system's words for the failure (No space left on device, Broken pipe), as the client gives them too. */
	static String reason(IOException e) {
		String message = e.getMessage();
		return message == null ? e.getClass().getSimpleName() : message.replaceFirst(" \\(Write failed\\)$", "");
	}
}
