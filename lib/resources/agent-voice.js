'use strict'
// AgentVoice (`agent.voice`): the audio of `listen` as multipart form data.

const prepare = {
  /** voice.listen: the audio (and options as JSON) as multipart form data. */
  agentVoiceForm(ns) {
    const form = new FormData()
    form.append('audio', ns.audio)
    if (ns.options) form.append('options', JSON.stringify(ns.options))
    ns.form = form
  },
}

module.exports = { prepare }
