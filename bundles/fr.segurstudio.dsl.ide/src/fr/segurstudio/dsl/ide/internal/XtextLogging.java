package fr.segurstudio.dsl.ide.internal;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/**
 * Xtext logs through log4j: unless the application configured log4j, its messages go to stderr from WARN
 * up, so that the command line's stdout stays its result and no "no appenders" notice appears.
 */
final class XtextLogging {

	private XtextLogging() {
	}

	static void configure() {
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("segur : %p %c{1} : %m%n"), ConsoleAppender.SYSTEM_ERR));
			root.setLevel(Level.WARN);
		}
	}
}
