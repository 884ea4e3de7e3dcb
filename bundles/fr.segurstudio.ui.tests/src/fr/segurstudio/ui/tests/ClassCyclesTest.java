package fr.segurstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

/**
 * No cycle between the classes of a UI bundle: a class that a second one uses (in its signatures, its code, its
 * constants) must not use the second back, directly or through others — the dossier editor and its pages once did,
 * and a change to one meant a change to all. Read from the bundle's compiled classes (what the compiler resolved,
 * same-package references and inner classes included), so it cannot be fooled by how an import is written.
 */
class ClassCyclesTest {

	@ParameterizedTest
	@ValueSource(strings = { "fr.segurstudio.ui.dossier", "fr.segurstudio.ui.lifecycle", "fr.segurstudio.ui" })
	void noClassOfTheBundleDependsOnItselfThroughOthers(String bundleName) throws IOException {
		Bundle bundle = Platform.getBundle(bundleName);
		assertNotNull(bundle, bundleName);
		Map<String, Set<String>> uses = uses(bundle);
		assertTrue(uses.size() > 3, () -> "classes read from " + bundleName + ": " + uses.keySet());
		List<List<String>> cycles = ClassGraph.cycles(uses);
		assertEquals(List.of(), cycles, () -> bundleName + ": classes that depend on each other");
	}

	/** The graph itself: a cycle is found, with the classes in it, however long its way round. */
	@Test
	void aCycleIsFoundWhateverItsLength() {
		Map<String, Set<String>> graph = new TreeMap<>();
		graph.put("a/Editor", Set.of("a/Page", "a/Leaf"));
		graph.put("a/Page", Set.of("a/Outline", "a/Leaf"));
		graph.put("a/Outline", Set.of("a/Editor"));
		graph.put("a/Leaf", Set.of());
		graph.put("a/Alone", Set.of("a/Alone")); // a class using itself is no cycle
		assertEquals(List.of(List.of("a/Editor", "a/Outline", "a/Page")), ClassGraph.cycles(graph));
		graph.put("a/Outline", Set.of("a/Leaf"));
		assertEquals(List.of(), ClassGraph.cycles(graph));
	}

	/** For each top-level class of the bundle, the other top-level classes of the bundle it refers to. */
	private static Map<String, Set<String>> uses(Bundle bundle) throws IOException {
		Map<String, List<String>> constants = new TreeMap<>();
		Enumeration<URL> entries = bundle.findEntries("/", "*.class", true);
		while (entries != null && entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String path = url.getPath().replaceFirst("^/", "").replaceFirst("^bin/", "");
			String name = topLevel(path.substring(0, path.length() - ".class".length()));
			try (InputStream in = url.openStream()) {
				constants.computeIfAbsent(name, n -> new ArrayList<>()).addAll(ClassGraph.strings(in));
			}
		}
		Map<String, Set<String>> uses = new TreeMap<>();
		for (Map.Entry<String, List<String>> entry : constants.entrySet()) {
			Set<String> used = new TreeSet<>();
			for (String text : entry.getValue()) {
				for (String other : constants.keySet()) {
					if (!other.equals(entry.getKey()) && ClassGraph.mentions(text, other)) {
						used.add(other);
					}
				}
			}
			uses.put(entry.getKey(), used);
		}
		return uses;
	}

	private static String topLevel(String internalName) {
		int dollar = internalName.indexOf('$', internalName.lastIndexOf('/') + 1);
		return dollar < 0 ? internalName : internalName.substring(0, dollar);
	}

	/** Class files and graphs, without a library. */
	static final class ClassGraph {

		private ClassGraph() {
		}

		/** The UTF-8 constants of a class file: class names, descriptors, signatures, strings. */
		static List<String> strings(InputStream stream) throws IOException {
			DataInputStream in = new DataInputStream(stream);
			if (in.readInt() != 0xCAFEBABE) {
				throw new IOException("not a class file");
			}
			in.readUnsignedShort();
			in.readUnsignedShort();
			int count = in.readUnsignedShort();
			List<String> strings = new ArrayList<>();
			for (int i = 1; i < count; i++) {
				int tag = in.readUnsignedByte();
				switch (tag) {
				case 1 -> strings.add(in.readUTF());
				case 7, 8, 16, 19, 20 -> in.skipBytes(2);
				case 15 -> in.skipBytes(3);
				case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
				case 5, 6 -> {
					in.skipBytes(8);
					i++; // takes two entries
				}
				default -> throw new IOException("constant pool tag " + tag);
				}
			}
			return strings;
		}

		/** Whether a constant names this class (alone, in a descriptor or signature, or one of its inner classes). */
		static boolean mentions(String text, String internalName) {
			int at = text.indexOf(internalName);
			while (at >= 0) {
				int end = at + internalName.length();
				boolean startsName = at == 0 || "L;(<)[".indexOf(text.charAt(at - 1)) >= 0;
				boolean endsName = end == text.length() || ";$<.".indexOf(text.charAt(end)) >= 0;
				if (startsName && endsName) {
					return true;
				}
				at = text.indexOf(internalName, at + 1);
			}
			return false;
		}

		/** The groups of two or more classes that reach one another (Tarjan's strongly connected components), sorted. */
		static List<List<String>> cycles(Map<String, Set<String>> graph) {
			Map<String, Integer> index = new HashMap<>();
			Map<String, Integer> low = new HashMap<>();
			Deque<String> stack = new ArrayDeque<>();
			Set<String> onStack = new TreeSet<>();
			List<List<String>> cycles = new ArrayList<>();
			int[] counter = { 0 };
			for (String node : graph.keySet()) {
				if (!index.containsKey(node)) {
					visit(node, graph, index, low, stack, onStack, cycles, counter);
				}
			}
			cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
			return cycles;
		}

		private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
				Deque<String> stack, Set<String> onStack, List<List<String>> cycles, int[] counter) {
			index.put(node, counter[0]);
			low.put(node, counter[0]);
			counter[0]++;
			stack.push(node);
			onStack.add(node);
			for (String next : graph.getOrDefault(node, Set.of())) {
				if (!index.containsKey(next)) {
					visit(next, graph, index, low, stack, onStack, cycles, counter);
					low.put(node, Math.min(low.get(node), low.get(next)));
				} else if (onStack.contains(next)) {
					low.put(node, Math.min(low.get(node), index.get(next)));
				}
			}
			if (low.get(node).equals(index.get(node))) {
				List<String> component = new ArrayList<>();
				String member;
				do {
					member = stack.pop();
					onStack.remove(member);
					component.add(member);
				} while (!member.equals(node));
				if (component.size() > 1) {
					Collections.sort(component);
					cycles.add(component);
				}
			}
		}
	}
}
