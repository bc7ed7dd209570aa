// A deterministic reseller domain list for the benchmarks: the same N rows every run, with
// the mix a hoster's "Bestandsliste" has (mostly .de, some gTLDs and IDNs, a few closes,
// transfers and unpaid invoices). The Rust benchmark builds the identical list (benches/inventory.rs).
export function corpus(n) {
  const tlds = ['de', 'de', 'de', 'de', 'com', 'net', 'org', 'info', 'eu', 'at'];
  const words = ['kunde', 'praxis', 'bäckerei', 'shop', 'verein', 'müller', 'straße', 'agentur', 'hotel', 'kanzlei'];
  const intents = ['', '', '', '', '', '', 'close', 'transfer', 'keep', ''];
  const lines = ['domain;registered;renewal;holder;invoice_unpaid;intent'];
  for (let i = 0; i < n; i++) {
    const word = words[i % 10];
    const tld = tlds[(i * 7) % 10];
    const y = 1998 + (i % 27);
    const m = String((i % 12) + 1).padStart(2, '0');
    const d = String((i % 28) + 1).padStart(2, '0');
    const unpaid = i % 13 === 0 ? 'ja' : 'nein';
    lines.push(`${word}-${i}.${tld};${y}-${m}-${d};;Kunde ${i};${unpaid};${intents[i % 10]}`);
  }
  return lines.join('\n') + '\n';
}
