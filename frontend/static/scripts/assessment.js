// The self-assessment form as one custom element (see AssessmentForm.java). The catalog (the same
// string for every user) and the user's answers come as JSON properties; every answer goes to the
// server as an event the moment it is given, and the server answers with the saved state or a
// refusal. Rendered in the light DOM with native form controls: the page's styles, the keyboard
// and screen readers work as with any form, and the server keeps one element instead of hundreds.
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

  class AssessmentForm extends HTMLElement {
    connectedCallback() {
      // Vaadin may set the properties before this class is defined: take them over
      for (const name of ['catalog', 'answers']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      this.render();
    }

    set catalog(json) {
      this.catalogJson = json;
      this.data = json ? JSON.parse(json) : null;
      this.render();
    }

    get catalog() {
      return this.catalogJson;
    }

    set answers(json) {
      this.answersJson = json;
      this.state = json ? JSON.parse(json) : null;
      if (this.rendered) {
        this.show();
      } else {
        this.render();
      }
    }

    get answers() {
      return this.answersJson;
    }

    /** The server saved an answer: clear any message about it. */
    accepted(kind, key) {
      this.answered();
      this.message(kind, key, '');
      this.message('form', '', '');
    }

    /** The server refused an answer: say why, and show what is saved instead (a refused note stays, to be fixed). */
    refused(kind, key, text, answersJson) {
      this.answered();
      this.state = JSON.parse(answersJson);
      this.message(kind, key, text);
      this.show(true);
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

    /** Sends an answer; the element has the attribute "saving" until the server has answered every one. */
    send(type, detail) {
      this.unanswered = (this.unanswered || 0) + 1;
      this.setAttribute('saving', '');
      this.dispatchEvent(new CustomEvent(type, { detail }));
    }

    answered() {
      this.unanswered = Math.max(0, (this.unanswered || 0) - 1);
      this.toggleAttribute('saving', this.unanswered > 0);
    }

    render() {
      if (this.rendered || !this.isConnected || !this.data || !this.state) {
        return;
      }
      this.rendered = true;
      const data = this.data;
      this.levelsByValue = new Map(data.scale.map(level => [level.value, level]));
      this.textContent = '';

      const filter = h('select', { id: 'role-filter' },
        h('option', { value: '' }, 'All roles'),
        ...data.roles.map(role => h('option', { value: role.key }, role.title)));
      filter.addEventListener('change', () => this.filter(filter.value));
      this.append(h('p', { class: 'lead' }, data.intro));
      this.append(h('div', { class: 'assessment-toolbar' },
        h('span', { id: 'assessment-progress', class: 'progress-line', 'aria-live': 'polite' }),
        h('label', { class: 'native-field' }, h('span', { class: 'field-label' }, 'Show skills for'), filter),
        h('a', { href: 'fit', 'router-link': true, id: 'to-fit', class: 'button-link primary' },
          'See your fit for each role')));
      this.append(h('p', { class: 'field-error', id: 'form-error', role: 'alert', hidden: true }));

      for (const area of data.areas) {
        this.append(h('section', { class: 'article-section skill-area', id: 'area-' + area.key },
          h('h2', null, area.name), ...area.skills.map(skill => this.skillCard(skill))));
      }
      this.append(this.educationSection(), this.toolsSection());
      this.show();
    }

    skillCard(skill) {
      const key = skill.key;
      const options = this.data.scale.map(level => {
        const radio = h('input', { type: 'radio', name: 'level-' + key, value: level.value, id: 'radio-' + key + '-' + level.value });
        radio.addEventListener('change', () => this.rate(key, level.value));
        return h('label', { class: 'level-option' }, radio,
          h('span', { class: 'level-text' },
            h('span', { class: 'level-label' }, level.label),
            h('span', { class: 'level-description' }, level.description)));
      });
      const clear = h('button', { type: 'button', class: 'text-button', id: 'clear-' + key }, 'Clear rating');
      clear.addEventListener('click', () => {
        this.rate(key, null);
        this.querySelector('#' + CSS.escape('radio-' + key + '-0')).focus();
      });
      const note = h('textarea', {
        id: 'note-' + key, maxlength: this.data.noteMaxLength, rows: 2,
        'aria-describedby': 'note-help-' + key + ' note-error-' + key
      });
      note.addEventListener('change', () => this.send('note-changed', { skill: key, note: note.value }));
      return h('div', { class: 'skill-card', id: 'skill-' + key, 'data-roles': skill.roles.join(' ') },
        h('div', { class: 'skill-card-header' },
          h('h3', { id: 'skill-name-' + key }, skill.name),
          h('span', { class: 'rating-status', id: 'status-' + key })),
        h('p', { class: 'fine-print' }, skill.description),
        h('fieldset', { class: 'rating', id: 'rating-' + key, 'aria-labelledby': 'skill-name-' + key + ' legend-' + key },
          h('legend', { id: 'legend-' + key }, 'Your level'), ...options),
        h('p', { class: 'field-error', id: 'rating-error-' + key, role: 'alert', hidden: true }),
        clear,
        h('div', { class: 'native-field note-field' },
          h('label', { class: 'field-label', for: 'note-' + key }, 'Evidence (optional)'),
          note,
          h('span', { class: 'field-helper', id: 'note-help-' + key },
            'A project, a course or a certificate that shows this skill; at most 2,000 characters'),
          h('span', { class: 'field-error', id: 'note-error-' + key, role: 'alert', hidden: true })));
    }

    educationSection() {
      const select = (id, label, options) => {
        const element = h('select', { id: id, 'aria-describedby': 'education-error' },
          h('option', { value: '' }, 'Not answered yet'),
          ...options.map(option => h('option', { value: option.key }, option.label)));
        element.addEventListener('change', () => this.send('education-changed', {
          level: this.querySelector('#education-level').value || null,
          field: this.querySelector('#education-field').value || null
        }));
        return h('label', { class: 'native-field' }, h('span', { class: 'field-label' }, label), element);
      };
      return h('section', { class: 'article-section education-answer', id: 'area-education' },
        h('h2', null, 'Education'),
        h('div', { class: 'pickers' },
          select('education-level', 'Highest completed education', this.data.educationLevels),
          select('education-field', 'Field of study', this.data.fields)),
        h('p', { class: 'field-error', id: 'education-error', role: 'alert', hidden: true }));
    }

    toolsSection() {
      const boxes = this.data.tools.map(tool => {
        const box = h('input', { type: 'checkbox', id: 'tool-' + tool.key, value: tool.key });
        box.addEventListener('change', () => this.send('tool-changed', { tool: tool.key, used: box.checked }));
        return h('label', { class: 'tool-option' }, box, tool.label);
      });
      return h('section', { class: 'article-section tools-answer', id: 'area-tools' },
        h('h2', null, 'Tools'),
        h('fieldset', { id: 'tools', class: 'tool-options' }, h('legend', null, 'Tools you have used'), ...boxes),
        h('p', { class: 'field-error', id: 'tool-error', role: 'alert', hidden: true }),
        h('p', { class: 'fine-print' }, 'Recorded and shown beside each role\'s tools; tools do not change the fit score.'));
    }

    rate(key, level) {
      if (level === null) {
        delete this.state.levels[key];
      } else {
        this.state.levels[key] = level;
      }
      this.show();
      this.send('skill-rated', { skill: key, level: level });
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
     * Shows the answers in the controls. Leaves alone a refused note (to be fixed) and, unless a
     * refusal is being undone, the control being edited.
     */
    show(revert) {
      if (!this.rendered) {
        return;
      }
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
          status.textContent = level === null ? 'Not rated yet' : 'Rated ' + this.levelsByValue.get(level).label;
          status.classList.toggle('rated', level !== null);
          this.querySelector('#' + CSS.escape('clear-' + key)).hidden = level === null;
          const note = this.querySelector('#' + CSS.escape('note-' + key));
          if (note !== editing && !note.hasAttribute('aria-invalid')) {
            note.value = state.notes[key] || '';
          }
        }
      }
      this.querySelector('#assessment-progress').textContent =
        rated + ' of ' + this.data.skillCount + ' skills rated';
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
