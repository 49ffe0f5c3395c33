// The self-assessment form as one custom element (see AssessmentForm.java). Three JSON properties
// come from the server: `catalog` (the same string for every user, with the contract: event names,
// the note limit and every text shown), `answers` (everything saved, as the server's service returned
// it) and `reply` (the outcome of the last answer: saved, or refused with a message and the question it
// belongs to). Every answer goes to the server as an event the moment it is given; the page keeps no
// answers of its own and always shows the last `answers`. Rendered in the light DOM with native form
// controls: the page's styles, the keyboard and screen readers work as with any form, and the server
// keeps one element instead of hundreds.
(function () {
  /** An element with attributes (false/null ones left out) and children (strings become text). */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== false && value !== null && value !== undefined) {
        element.setAttribute(name, value === true ? '' : value);
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        element.append(child);
      }
    }
    return element;
  }

  /** A text of the contract with its {name} parts filled in. */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  class AssessmentForm extends HTMLElement {
    connectedCallback() {
      // Vaadin may set the properties before this class is defined: take them over
      for (const name of ['catalog', 'answers', 'reply']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      // another tab may have saved answers meanwhile: ask for them whenever this tab is back in view
      this.requestAnswers = () => {
        if (document.visibilityState === 'visible' && this.data) {
          this.dispatchEvent(new CustomEvent(this.data.contract.events.answersRequested));
        }
      };
      document.addEventListener('visibilitychange', this.requestAnswers);
      window.addEventListener('focus', this.requestAnswers);
      this.update();
    }

    disconnectedCallback() {
      document.removeEventListener('visibilitychange', this.requestAnswers);
      window.removeEventListener('focus', this.requestAnswers);
    }

    set catalog(json) {
      this.catalogJson = json;
      this.data = json ? JSON.parse(json) : null;
      this.later();
    }

    get catalog() {
      return this.catalogJson;
    }

    set answers(json) {
      this.answersJson = json;
      this.state = json ? JSON.parse(json) : null;
      this.later();
    }

    get answers() {
      return this.answersJson;
    }

    set reply(json) {
      this.replyJson = json;
      this.pendingReply = json ? JSON.parse(json) : null;
      this.later();
    }

    get reply() {
      return this.replyJson;
    }

    /**
     * Takes in what the server sent once all of its response is applied: a reply and new answers
     * arrive together in either order, and a refused note must be marked before the answers are shown.
     */
    later() {
      if (!this.updating) {
        this.updating = true;
        queueMicrotask(() => {
          this.updating = false;
          this.update();
        });
      }
    }

    update() {
      if (!this.isConnected || !this.data || !this.state) {
        return;
      }
      const t = this.data.contract.texts;
      if (!this.rendered) {
        this.render();
      }
      const reply = this.pendingReply;
      this.pendingReply = null;
      if (reply) {
        this.replied = Math.max(this.replied || 0, reply.seq);
        this.toggleAttribute('saving', (this.sent || 0) > this.replied);
        if (reply.refusal === null) {
          // saved: clear any message about it, and the form's
          this.message(reply.kind, reply.key, '');
          this.message('form', '', '');
        } else {
          this.message(reply.kind, reply.key, reply.refusal);
        }
      }
      // after a refusal the controls show what is saved again, even the one just used (a refused note stays, to be fixed)
      this.show(reply !== null && reply.refusal !== null, t);
    }

    message(kind, key, text) {
      // a refusal that belongs to no question on the page (an unreadable answer, an unknown key)
      // is shown at the top of the form, so that it is never lost
      const region = this.querySelector('#' + CSS.escape(kind === 'skill' ? 'rating-error-' + key
          : kind === 'note' ? 'note-error-' + key : kind + '-error')) || this.querySelector('#form-error');
      if (region) {
        region.textContent = text;
        region.hidden = !text;
        if (text && region.id === 'form-error') {
          region.scrollIntoView({ block: 'nearest' });
        }
      }
      if (kind === 'note') {
        const note = this.querySelector('#' + CSS.escape('note-' + key));
        if (note) {
          note.toggleAttribute('aria-invalid', !!text);
        }
      }
    }

    /** Sends an answer to the server. */
    send(name, detail) {
      this.dispatchEvent(new CustomEvent(this.data.contract.events[name], { detail }));
    }

    render() {
      this.rendered = true;
      const data = this.data;
      const t = data.contract.texts;
      // the element has the attribute "saving" until the server has replied to every answer sent,
      // counted as the server counts them: every answer event on this element, a forged one included
      const events = data.contract.events;
      for (const name of [events.skillRated, events.noteChanged, events.educationChanged, events.toolChanged]) {
        this.addEventListener(name, () => {
          this.sent = (this.sent || 0) + 1;
          this.setAttribute('saving', '');
        });
      }
      this.levelsByValue = new Map(data.scale.map(level => [level.value, level]));
      this.textContent = '';

      const filter = h('select', { id: 'role-filter' },
        h('option', { value: '' }, t.allRoles),
        ...data.roles.map(role => h('option', { value: role.key }, role.title)));
      filter.addEventListener('change', () => this.filter(filter.value));
      this.append(h('p', { class: 'lead' }, t.intro));
      this.append(h('p', { class: 'second-opinion' }, t.secondOpinion,
        h('a', { href: 'reviews', 'router-link': true, id: 'to-reviews' }, t.askForSecondOpinion)));
      this.append(h('div', { class: 'assessment-toolbar' },
        h('span', { id: 'assessment-progress', class: 'progress-line', 'aria-live': 'polite' }),
        h('label', { class: 'native-field' }, h('span', { class: 'field-label' }, t.roleFilter), filter),
        h('a', { href: 'fit', 'router-link': true, id: 'to-fit', class: 'button-link primary' }, t.toFit)));
      this.append(h('p', { class: 'field-error', id: 'form-error', role: 'alert', hidden: true }));

      for (const area of data.areas) {
        this.append(h('section', { class: 'article-section skill-area', id: 'area-' + area.key },
          h('h2', null, area.name), ...area.skills.map(skill => this.skillCard(skill, t))));
      }
      this.append(this.educationSection(t), this.toolsSection(t));
    }

    skillCard(skill, t) {
      const key = skill.key;
      const options = this.data.scale.map(level => {
        const radio = h('input', { type: 'radio', name: 'level-' + key, value: level.value, id: 'radio-' + key + '-' + level.value });
        radio.addEventListener('change', () => this.send('skillRated', { skill: key, level: level.value }));
        return h('label', { class: 'level-option' }, radio,
          h('span', { class: 'level-text' },
            h('span', { class: 'level-label' }, level.label),
            h('span', { class: 'level-description' }, level.description)));
      });
      const clear = h('button', { type: 'button', class: 'text-button', id: 'clear-' + key }, t.clearRating);
      clear.addEventListener('click', () => {
        this.send('skillRated', { skill: key, level: null });
        this.querySelector('#' + CSS.escape('radio-' + key + '-0')).focus();
      });
      const note = h('textarea', {
        id: 'note-' + key, maxlength: this.data.contract.limits.noteMaxLength, rows: 2,
        'aria-describedby': 'note-help-' + key + ' note-error-' + key
      });
      note.addEventListener('change', () => this.send('noteChanged', { skill: key, note: note.value }));
      return h('div', { class: 'skill-card', id: 'skill-' + key, 'data-roles': skill.roles.join(' ') },
        h('div', { class: 'skill-card-header' },
          h('h3', { id: 'skill-name-' + key }, skill.name),
          h('span', { class: 'rating-status', id: 'status-' + key })),
        h('p', { class: 'fine-print' }, skill.description),
        h('fieldset', { class: 'rating', id: 'rating-' + key, 'aria-labelledby': 'skill-name-' + key + ' legend-' + key },
          h('legend', { id: 'legend-' + key }, t.yourLevel), ...options),
        h('p', { class: 'field-error', id: 'rating-error-' + key, role: 'alert', hidden: true }),
        clear,
        h('div', { class: 'native-field note-field' },
          h('label', { class: 'field-label', for: 'note-' + key }, t.noteLabel),
          note,
          h('span', { class: 'field-helper', id: 'note-help-' + key }, t.noteHelp),
          h('span', { class: 'field-error', id: 'note-error-' + key, role: 'alert', hidden: true })));
    }

    educationSection(t) {
      const select = (id, label, options) => {
        const element = h('select', { id: id, 'aria-describedby': 'education-error' },
          h('option', { value: '' }, t.notAnswered),
          ...options.map(option => h('option', { value: option.key }, option.label)));
        element.addEventListener('change', () => this.send('educationChanged', {
          level: this.querySelector('#education-level').value || null,
          field: this.querySelector('#education-field').value || null
        }));
        return h('label', { class: 'native-field' }, h('span', { class: 'field-label' }, label), element);
      };
      return h('section', { class: 'article-section education-answer', id: 'area-education' },
        h('h2', null, t.education),
        h('div', { class: 'pickers' },
          select('education-level', t.educationLevel, this.data.educationLevels),
          select('education-field', t.educationField, this.data.fields)),
        h('p', { class: 'field-error', id: 'education-error', role: 'alert', hidden: true }));
    }

    toolsSection(t) {
      const boxes = this.data.tools.map(tool => {
        const box = h('input', { type: 'checkbox', id: 'tool-' + tool.key, value: tool.key });
        box.addEventListener('change', () => this.send('toolChanged', { tool: tool.key, used: box.checked }));
        return h('label', { class: 'tool-option' }, box, tool.label);
      });
      return h('section', { class: 'article-section tools-answer', id: 'area-tools' },
        h('h2', null, t.tools),
        h('fieldset', { id: 'tools', class: 'tool-options' }, h('legend', null, t.toolsLegend), ...boxes),
        h('p', { class: 'field-error', id: 'tool-error', role: 'alert', hidden: true }),
        h('p', { class: 'fine-print' }, t.toolsNote));
    }

    filter(roleKey) {
      for (const card of this.querySelectorAll('.skill-card')) {
        card.hidden = !!roleKey && !card.dataset.roles.split(' ').includes(roleKey);
      }
      for (const area of this.querySelectorAll('.skill-area')) {
        area.hidden = !area.querySelector('.skill-card:not([hidden])');
      }
    }

    /**
     * Shows the saved answers in the controls. Leaves alone a refused note (to be fixed) and, unless
     * a refusal is being undone, the text control being edited.
     */
    show(revert, t) {
      const state = this.state;
      const editing = revert ? null : document.activeElement;
      let rated = 0;
      for (const area of this.data.areas) {
        for (const skill of area.skills) {
          const key = skill.key;
          const level = Object.prototype.hasOwnProperty.call(state.levels, key) ? state.levels[key] : null;
          if (level !== null) {
            rated++;
          }
          for (const radio of this.querySelectorAll('input[name="' + CSS.escape('level-' + key) + '"]')) {
            radio.checked = level !== null && Number(radio.value) === level;
          }
          const status = this.querySelector('#' + CSS.escape('status-' + key));
          status.textContent = level === null ? t.notRated : fill(t.rated, { level: this.levelsByValue.get(level).label });
          status.classList.toggle('rated', level !== null);
          this.querySelector('#' + CSS.escape('clear-' + key)).hidden = level === null;
          const note = this.querySelector('#' + CSS.escape('note-' + key));
          if (note !== editing && !note.hasAttribute('aria-invalid')) {
            note.value = state.notes[key] || '';
          }
        }
      }
      this.querySelector('#assessment-progress').textContent =
        fill(t.progress, { rated: rated, total: this.data.skillCount });
      for (const [id, value] of [['education-level', state.education.level], ['education-field', state.education.field]]) {
        const select = this.querySelector('#' + id);
        if (select !== editing) {
          select.value = value || '';
        }
      }
      for (const box of this.querySelectorAll('#tools input')) {
        box.checked = state.tools.includes(box.value);
      }
    }
  }

  customElements.define('skillpath-assessment', AssessmentForm);
})();
