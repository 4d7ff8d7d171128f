/** The sweep's own checks find what they are meant to find (a check that cannot fail proves nothing). */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { axeFindings } from './support/axe.ts';
import { clippedText, controlBorders, focusIndicator, inheritedTextSpacing, motion, reflow, targetSize, TEXT_SPACING_CSS } from './support/checks.ts';
import { contrast, parseColour } from './support/colour.ts';
import { tabThrough } from './support/keyboard.ts';

/** A host element whose shadow root holds `markup` with `css`. */
function widget(markup: string, css = ''): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style>${markup}`;
  document.body.append(host);
  return host;
}

const ids = (findings: { id: string }[]) => findings.map((f) => f.id);

describe('a11y sweep checks', () => {
  afterEach(async () => {
    document.querySelectorAll('body > div').forEach((d) => d.remove());
    await setViewport({ width: 1024, height: 768 });
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('contrast: black on white is 21:1, a colour string of any syntax is read', () => {
    expect(contrast(parseColour('black'), parseColour('rgb(255 255 255)'))).to.be.closeTo(21, 0.01);
    expect(parseColour('transparent').a).to.equal(0);
  });

  it('axe sees inside shadow roots (a button without a name)', async () => {
    const el = widget('<button></button>');
    expect(ids(await axeFindings(el))).to.include('button-name');
  });

  it('reflow: a 400 px box at 320 px, but not a wide table in a box that scrolls', async () => {
    await setViewport({ width: 320, height: 640 });
    expect(ids(reflow(widget('<div style="width:400px">x</div>')))).to.include('wider-than-viewport');
    document.querySelectorAll('body > div').forEach((d) => d.remove());
    expect(reflow(widget('<div style="overflow-x:auto"><table style="width:600px"><tr><td>x</td></tr></table></div>'))).to.deep.equal([]);
  });

  it('clipped text: a fixed-height box that hides its overflow', () => {
    expect(ids(clippedText(widget('<p style="height:1em;overflow:hidden">one<br>two<br>three</p>')))).to.include('clipped-text');
    expect(clippedText(widget('<p class="x">one</p>'))).to.deep.equal([]);
  });

  it('text spacing: a button that resets letter-spacing does not inherit the page’s', () => {
    const style = document.createElement('style');
    style.textContent = TEXT_SPACING_CSS;
    document.head.append(style);
    try {
      expect(ids(inheritedTextSpacing(widget('<button>Weiter</button>')))).to.include('text-spacing-not-inherited');
      expect(inheritedTextSpacing(widget('<button>Weiter</button>', 'button { letter-spacing: inherit; word-spacing: inherit }'))).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });

  it('forced colours: a borderless button is found', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(ids(controlBorders(widget('<button style="border:0">x</button>')))).to.include('forced-colours-border');
    expect(controlBorders(widget('<button style="border:2px solid">x</button>'))).to.deep.equal([]);
  });

  it('reduced motion: a running animation is found', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = widget('<span class="s">x</span>', '.s { display:inline-block; animation: spin 1s linear infinite } @keyframes spin { to { transform: rotate(1turn) } }');
    expect(ids(motion(el))).to.include('motion');
  });

  it('focus: an outline of 3:1 passes, a pale one and none fail', () => {
    const el = widget(
      '<button id="a">a</button><button id="b">b</button><button id="c">c</button>',
      '#a { outline: 3px solid #0b0c0c } #b { outline: 3px solid #dddddd } #c { outline: none }',
    );
    const button = (id: string) => el.shadowRoot!.getElementById(id)!;
    expect(focusIndicator(button('a'))).to.equal(undefined);
    expect(focusIndicator(button('b'))).to.contain(':1');
    expect(focusIndicator(button('c'))).to.contain('no focus indicator');
  });

  it('target size: two 16 px buttons side by side fail, one alone with space around passes', () => {
    const css = 'button { width: 16px; height: 16px; padding: 0; border: 0; margin: 0 }';
    expect(ids(targetSize(widget('<button>a</button><button>b</button>', css)))).to.include('target-size-24');
    document.querySelectorAll('body > div').forEach((d) => d.remove());
    expect(targetSize(widget('<p><button>a</button></p><p style="margin-top:40px"><button>b</button></p>', css))).to.deep.equal([]);
  });

  it('Tab run: reaches every control once, in order, and judges each with :focus-visible on', async () => {
    const el = widget(
      '<button id="a">a</button><a id="b" href="#x">b</a><input id="c"><button id="d" disabled>d</button><button id="e">e</button>',
      ':focus-visible { outline: 3px solid #0b0c0c } #e:focus-visible { outline: none }',
    );
    const { visited, problems } = await tabThrough(el, (e) => focusIndicator(e));
    expect(visited.map((e) => e.id)).to.deep.equal(['a', 'b', 'c', 'e']);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('#e');
  });
});
