// Small pages shared by the JS tests (tests/js/) and the browser tests
// (tests/e2e/), with the parts of them an extraction must keep and drop.

/** A news article with a menu, a "read also" box, a newsletter box and a
 * footer around it. */
export const ARTICLE_PAGE = {
  title: "Bridge repairs close the river road for a month",
  // A paragraph of the article, as it must appear in the text output.
  paragraph:
    "Work on the old stone bridge will start on Monday, and the river road " +
    "will stay closed to cars and lorries until the end of next month, the " +
    "town council said on Thursday.",
  // Text of the surrounding page that must not appear in the text output.
  boilerplate: ["Town Hall Radio", "Weather", "Sign up for our newsletter", "All rights reserved"],
  html: `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Bridge repairs close the river road for a month | Town Hall Radio</title>
</head>
<body>
  <header>
    <div class="brand">Town Hall Radio</div>
    <nav class="menu">
      <a href="/">Home</a> <a href="/local">Local</a> <a href="/weather">Weather</a>
      <a href="/podcasts">Podcasts</a> <a href="/contact">Contact</a>
    </nav>
  </header>
  <main>
    <article>
      <h1>Bridge repairs close the river road for a month</h1>
      <p>Work on the old stone bridge will start on Monday, and the river road will stay closed to cars and lorries until the end of next month, the town council said on Thursday.</p>
      <p>Engineers found cracks in two of the arches during an inspection in the spring. The council says the repairs cannot wait for the summer, when traffic to the lake is at its highest and a closure would hurt the shops along the quay.</p>
      <p>Buses will take the ring road and stop at the market square instead of the bridge. Cyclists and people on foot can still cross on a temporary walkway on the east side, which will be lit at night.</p>
      <aside class="read-also">
        <h2>Read also</h2>
        <a href="/local/ring-road">Ring road traffic lights to be replaced</a>
        <a href="/local/market">Market square gets new benches</a>
      </aside>
    </article>
    <section class="newsletter">
      <h2>Sign up for our newsletter</h2>
      <form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
    </section>
  </main>
  <footer>© 2024 Town Hall Radio. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body>
</html>
`,
};
