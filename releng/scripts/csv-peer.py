# The peer of the command line's bulk figures (cli-bench.sh, startup-bench.sh): a small generator writing
# 10,000 CSV rows, the shape of the vendors' own scripts.   python3 csv-peer.py OUT.csv
import csv, sys

w = csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8"), delimiter=";")
w.writerow(["numeroEditeur", "dateCommande", "montantSegurHT", "siret", "finess", "raisonSociale"])
for i in range(10000):
    w.writerow(["%05d" % (i + 1), "14/03/2022", "%d,00" % (27450 + i), "12345678200010", "010000000", "Laboratoire %d" % i])
